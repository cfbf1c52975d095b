# execdiff: versions=2.7 origin=scope
def f():
    exec "y = 1"
    def g(a):
        return a + 1
    return g(y)
_result = f()
print _result
__observe__('result', _result)
