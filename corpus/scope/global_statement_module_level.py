# execdiff: versions=2.7,3.12,3.13 origin=scope
global g
g = 1
print(g)
def f():
    return g
_result = f()
print(_result)
__observe__('result', _result)
