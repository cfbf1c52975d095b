# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    r = [sorted(k for k in locals().keys() if not k.startswith('__')) for x in range(1)]
_result = C.r[0]
print(_result)
__observe__('result', _result)
