# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'global'
def f():
    x = 'enclosing'
    class C(object):
        y = x
        x = 'class'
    return C.y, C.x
_result = f()
print(_result)
__observe__('result', _result)
