# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    g = globals()
    exec("gv = 5", g)
    return gv
print(f())
print(gv)
__observe__('gv', gv)
