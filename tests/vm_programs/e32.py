import sys
def f():
    x = 1
    def g():
        return sys._getframe(1).f_locals['x']
    return g()
print(f())
