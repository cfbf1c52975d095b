# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'global'
def f():
    x = 'enclosing'
    class C(object):
        x = 'class'
        def m(self):
            return x
    return C().m(), C.x
_result = f()
print(_result)
__observe__('result', _result)
