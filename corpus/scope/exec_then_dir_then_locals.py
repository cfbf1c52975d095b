# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("e1 = 1")
    d1 = dir()
    a = 2
    d2 = dir()
    return d1, d2
r = f()
print(r)
__observe__('r', r)
