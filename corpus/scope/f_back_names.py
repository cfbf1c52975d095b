# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def a():
    return b()
def b():
    fr = sys._getframe()
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names
print(a())
__observe__('names', a())
