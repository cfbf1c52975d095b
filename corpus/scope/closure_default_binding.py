# execdiff: versions=2.7,3.12,3.13 origin=scope
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    return [(lambda j=j: j * 10) for j in range(3)]
_result = [f() for f in make()]
print(_result)
__observe__('result', _result)
