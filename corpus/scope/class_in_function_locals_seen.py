# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    v = 1
    class C(object):
        w = v + 1
        inner = sorted(k for k in list(locals()) if not k.startswith('__'))
    return C.inner
_result = f()
print(_result)
__observe__('result', _result)
