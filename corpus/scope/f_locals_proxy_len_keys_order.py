# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f(p, q=2):
    z = 3
    a = 1
    fl = sys._getframe().f_locals
    print(list(fl.keys()))
    print(len(fl))
f(0)
