# execdiff: versions=2.7,3.12,3.13 origin=seed:004_0085b14c16886dfa
# "If you want the change to be applied, you can peek in the stack frame's locals"
import sys
x = 1
def foo():
    x = 1
    sys._getframe().f_locals["x"] = 2
    print(x)
    print(sys._getframe().f_locals["x"])
    __observe__('x', x)

foo()
print(x)
