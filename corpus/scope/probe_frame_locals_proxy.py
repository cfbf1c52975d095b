# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    def g():
        return a
    fl = sys._getframe().f_locals
    __observe__('f_locals', fl)
    __observe__('f_locals.again', fl)
    __observe__('locals', locals())
    return 'done'
print(f())
