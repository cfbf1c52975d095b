import sys
def f():
    v = 1
    g = sys._getframe()
    print(g.f_locals is g.f_locals, g.f_locals == g.f_locals, type(g.f_locals).__name__)
    print(g.f_code.co_name, g.f_code.co_varnames)
f()
