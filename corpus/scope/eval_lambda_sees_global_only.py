# execdiff: versions=2.7,3.12,3.13 origin=scope
y = 'global y'
def f():
    y = 'local y'
    g = eval("lambda: y")
    return g()
_result = f()
print(_result)
__observe__('result', _result)
