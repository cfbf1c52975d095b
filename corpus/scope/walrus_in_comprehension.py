# execdiff: versions=3.12,3.13 origin=scope
def f():
    r = [y := x * 2 for x in range(3)]
    return r, y
_result = f()
print(_result)
__observe__('result', _result)
