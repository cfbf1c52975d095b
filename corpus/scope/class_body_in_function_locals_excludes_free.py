# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    class C(object):
        y = x
        keys = sorted(k for k in list(locals()) if not k.startswith('__'))
        has_x = 'x' in locals()
    return C.keys, C.has_x
print(f())
__observe__('r', f())
