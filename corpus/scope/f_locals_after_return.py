# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    b = 'two'
    return sys._getframe()
fr = f()
print(sorted(fr.f_locals.items()))
_result = fr.f_code.co_name
print(_result)
__observe__('result', _result)
