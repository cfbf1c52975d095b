import sys
def f():
    a = 1
    frame = sys._getframe()
    def g():
        return frame.f_locals
    b = 2
    print(sorted(g()))
    print(frame.f_back.f_code.co_name, frame.f_code.co_name, frame.f_lineno)
f()
