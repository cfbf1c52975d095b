# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    v = sorted(k for k in vars() if not k.startswith('__'))
    d = [k for k in dir() if not k.startswith('__')]
print(C.v)
_result = C.d
print(_result)
__observe__('result', _result)
