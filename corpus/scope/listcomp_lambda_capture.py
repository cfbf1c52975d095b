# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    fs = [lambda: x for x in range(3)]
    return [g() for g in fs]
_result = f()
print(_result)
__observe__('result', _result)
