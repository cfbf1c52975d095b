# execdiff: versions=2.7,3.12,3.13 origin=core
def f(**kw):
    return list(kw.keys())
print(f(zeta=1, alpha=2, mid=3, beta=4))
def g(*a, **kw):
    return kw
_result = g(b=1, a=2)
print(_result)
__observe__('result', _result)
