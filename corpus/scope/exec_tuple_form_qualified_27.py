# execdiff: versions=2.7 origin=scope
def f():
    x = 1
    d = {}
    exec("x = 5", d)
    def g():
        return x
    return g(), d['x']
_result = f()
print _result
__observe__('result', _result)
