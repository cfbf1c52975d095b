# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    v = 1
    class C(object):
        w = 2
        names = sorted(k for k in vars() if not k.startswith('__'))
    return C.names
r = f()
print(r)
__observe__('r', r)
