# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    vars()['zz'] = 1
    return 'zz' in locals(), 'zz' in vars()
_result = f()
print(_result)
__observe__('result', _result)
