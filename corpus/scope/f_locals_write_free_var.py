# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def outer():
    a = 1
    def inner():
        a
        sys._getframe().f_locals['a'] = 5
        return a
    r = inner()
    return r, a
r = outer()
print(r)
__observe__('r', r)
