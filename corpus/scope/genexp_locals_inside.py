# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    y = 5
    g = (sorted(locals().keys()) for x in range(1))
    return next(g)
_result = f()
print(_result)
__observe__('result', _result)
