# execdiff: versions=2.7 origin=scope
def f():
    x = 1
    exec "x = 2" in None
    return x
_result = f()
print _result
__observe__('result', _result)
