# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'old'
class C(object):
    global g
    g = 'from class'
    h = g
print(g)
print(hasattr(C, 'g'))
_result = C.h
print(_result)
__observe__('result', _result)
