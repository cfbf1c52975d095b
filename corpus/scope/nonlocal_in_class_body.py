# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x, hasattr(C, 'x')
_result = f()
print(_result)
__observe__('result', _result)
