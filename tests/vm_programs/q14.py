import sys
def f():
    x = 1
    r = [sys._getframe().f_locals['x'] for x in [7]]
    print(r, x)
f()
