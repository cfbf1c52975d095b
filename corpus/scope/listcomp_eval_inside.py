# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    base = 100
    return [eval('x + base') for x in range(3)]
_result = f()
print(_result)
__observe__('result', _result)
