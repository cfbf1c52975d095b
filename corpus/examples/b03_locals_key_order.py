# execdiff: versions=2.7,3.12,3.13 origin=example:b03
def f(z, y, *args, **kw):
    c = 1
    b = 2
    def g():
        return b
    a = 3
    return list(locals())
print(f(0, 0))
def h():
    p = 1
    q = 2
    d = locals()
    del p
    locals()
    p = 3
    locals()
    return list(d)
print(h())
