# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    b = 2
    del a
    d = locals()
    print(sorted(d.keys()))
    __observe__('f.locals', d)
f()
