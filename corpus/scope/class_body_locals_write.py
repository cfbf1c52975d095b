# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    locals()['injected'] = 5
    a = 1
print(C.injected)
_result = C.a
print(_result)
__observe__('result', _result)
