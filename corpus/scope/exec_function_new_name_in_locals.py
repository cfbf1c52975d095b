# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("y = 5")
    d = locals()
    print(sorted(d.keys()))
    __observe__('f.locals', d)
f()
