# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def outer(p):
    a = 1
    def inner(q):
        b = 2
        a
        return list(sys._getframe().f_locals.keys())
    c = 3
    return inner(0), list(sys._getframe().f_locals.keys())
r = outer(9)
print(r)
__observe__('r', r)
