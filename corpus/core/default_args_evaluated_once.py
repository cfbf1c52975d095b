# execdiff: versions=2.7,3.12,3.13 origin=core
n = 1
def f(x=n):
    return x
n = 2
print(f())
def g(a, b=None):
    if b is None:
        b = a * 2
    return b
print(g(3))
__observe__('n', n)
