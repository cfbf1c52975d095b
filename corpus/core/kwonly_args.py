# execdiff: versions=3.12,3.13 origin=core
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError: %s" % e)
try:
    f(1)
except TypeError as e:
    print("TypeError: %s" % e)
