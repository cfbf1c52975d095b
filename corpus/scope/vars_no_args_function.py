# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    v = vars()
    print(sorted(v.keys()))
    print(v is locals())
f()
_result = vars() is globals()
print(_result)
__observe__('result', _result)
