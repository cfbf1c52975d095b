# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(p):
    b = 2
    a = 1
    return dir()
_result = f(0)
print(_result)
__observe__('result', _result)
