# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    r = [x for x in range(3)]
    s = {y for y in range(2)}
    return r
print(f.__code__.co_varnames)
_result = f.__code__.co_nlocals
print(_result)
__observe__('result', _result)
