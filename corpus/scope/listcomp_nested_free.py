# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    y = 10
    return [x + y for x in range(3)]
print(f())
_result = f.__code__.co_cellvars
print(_result)
__observe__('result', _result)
