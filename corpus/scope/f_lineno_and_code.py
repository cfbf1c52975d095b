# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    fr = sys._getframe()
    return fr.f_lineno, fr.f_code.co_name, fr.f_code.co_argcount
print(f())
_result = sys._getframe().f_code.co_name
print(_result)
__observe__('result', _result)
