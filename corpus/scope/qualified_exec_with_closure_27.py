# execdiff: versions=2.7 origin=scope
def f():
    x = 1
    d = {}
    exec "y = 2" in d
    def g():
        return x
    return g() + d['y']
_result = f()
print _result
__observe__('result', _result)
