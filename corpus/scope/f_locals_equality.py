# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    print(fl == {'a': 1, 'fl': fl})
    print(fl == locals())
    print(dict(fl) == {'a': 1, 'fl': fl})
f()
