# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    x = 1
    def g():
        return x
    sys._getframe().f_locals['x'] = 2
    return x, g()
print(f())
__observe__('r', f())
