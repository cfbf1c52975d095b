# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    r = [sorted(locals().keys()) for x in range(1)]
    return r[0]
_result = f()
print(_result)
__observe__('result', _result)
