# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(x):
    def g():
        return x
    x = x + 1
    return g()
print(f(1))
print(f.__code__.co_cellvars)
_result = f.__code__.co_varnames
print(_result)
__observe__('result', _result)
