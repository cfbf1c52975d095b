# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    print(type(fl).__name__)
    print(fl is locals())
    print(sorted(fl.keys()))
f()
