# execdiff: versions=2.7,3.12,3.13 origin=core
def f(a, b):
    return a + b
print(f(*(1, 2)))
print(f(**{'a': 1, 'b': 2}))
try:
    f(*5)
except TypeError as e:
    print("TypeError: %s" % e)
try:
    f(**{'a': 1, 'c': 2})
except TypeError as e:
    print("TypeError: %s" % e)
