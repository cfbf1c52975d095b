import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    a = 2
    print(fl['a'])
    print(sorted(fl))
f()
