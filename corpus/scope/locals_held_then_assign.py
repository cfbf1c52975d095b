# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    d = locals()
    b = 2
    print(sorted(d.keys()))
    locals()
    print(sorted(d.keys()))
    __observe__('d', d)
f()
