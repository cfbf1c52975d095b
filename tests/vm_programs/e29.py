x = [i * 2 for i in range(4)]
print(x)
try:
    print(i)
except NameError:
    print("no leak")
print({k: v for k, v in zip('ab', [1, 2])} == {'a': 1, 'b': 2})
print(sorted({c for c in 'hello'}))
print(sum(j for j in range(5)))
