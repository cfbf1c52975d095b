# execdiff: versions=2.7 origin=scope
def f():
    exec "a = [1, 2]"
    return list(b for b in a)
_result = f()
print _result
__observe__('result', _result)
