# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'cell'
    class C(object):
        locals()['x'] = 'dict'
        y = x
    return C.y
_result = f()
print(_result)
__observe__('result', _result)
