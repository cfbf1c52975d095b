# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    n = __name__
    m = __module__
    names = sorted(k for k in list(locals()) if k.startswith('__'))
print(C.n)
print(C.m)
_result = C.names
print(_result)
__observe__('result', _result)
