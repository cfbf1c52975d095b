# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'cell'
    class C(object):
        def get(self):
            return x
        x = 'class attr'
    return C().get(), C.x
_result = f()
print(_result)
__observe__('result', _result)
