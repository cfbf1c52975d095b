# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'outer'
    def g():
        return x
    r = [x for x in range(3)]
    return x, g()
_result = f()
print(_result)
__observe__('result', _result)
