# execdiff: versions=2.7,3.12,3.13 origin=example:b13
def f():
    x = 'enclosing'
    class C(object):
        try:
            y = x
        except NameError as exc:
            y = 'NameError: %s' % exc
        x = 'class attr'
    class D(object):
        w = x
        locals()['x'] = 'injected into class namespace'
        v = x
        names = sorted(k for k in locals() if k != 'names')
    class E(object):
        w = x
        names = sorted(k for k in locals() if k != 'names')
    return C.y, D.w, D.v, D.names, E.names
for item in f():
    print(item)
