# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    return sys._getframe().f_globals is globals()
_result = f()
print(_result)
__observe__('result', _result)
