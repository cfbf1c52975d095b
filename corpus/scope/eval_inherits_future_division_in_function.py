# execdiff: versions=2.7,3.12,3.13 origin=scope
from __future__ import division
def f():
    return eval("7 / 2"), 7 / 2
_result = f()
print(_result)
__observe__('result', _result)
