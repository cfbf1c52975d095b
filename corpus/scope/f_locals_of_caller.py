# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def set_caller(name, value):
    sys._getframe(1).f_locals[name] = value
def f():
    v = 'before'
    set_caller('v', 'after')
    return v
print(f())
__observe__('r', f())
