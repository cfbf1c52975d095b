# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    fl = sys._getframe().f_locals
    x = 10
    print('x' in fl)
    print(fl.get('x'))
f()
