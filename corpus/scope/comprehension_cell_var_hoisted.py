# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    fs = [lambda: x for x in range(2)]
    return [g() for g in fs]
print(f())
print(f.__code__.co_cellvars)
_result = f.__code__.co_varnames
print(_result)
__observe__('result', _result)
