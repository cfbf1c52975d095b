def f(a, *, b=2, c):
    return a, b, c
print(f(1, c=3))
try:
    f(1)
except TypeError as e:
    print(e)
first, *rest = [1, 2, 3]
print(first, rest)
x = 5
print(f"{x} {x!r:>4} {x*2=}")
