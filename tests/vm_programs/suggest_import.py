class C:
    def __init__(self):
        self.value = 1
    def m(self):
        return vlue
c = C()
try:
    c.valu
except AttributeError as e:
    print(e)
import sys
def f():
    return os.path
f()
