# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    sys._getframe().f_locals['a'] = 2
    return eval("a"), a
print(f())
__observe__('r', f())
