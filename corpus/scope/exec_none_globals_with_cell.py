# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    g = lambda: x
    exec("x = 2", None)
    return x, g()
r = f()
print(r)
__observe__('r', r)
