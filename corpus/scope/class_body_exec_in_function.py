# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    y = 'fy'
    class C(object):
        exec("z = 9")
        w = z
    return C.w, hasattr(C, 'z')
_result = f()
print(_result)
__observe__('result', _result)
