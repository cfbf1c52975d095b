import sys
def f():
    x = 1
    def inner():
        return x
    fl = sys._getframe().f_locals
    fl['x'] = 42
    print(x, inner(), sorted(fl))
f()
