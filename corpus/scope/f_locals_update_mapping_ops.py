# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    fl.update({'a': 2})
    print(a)
    print(fl.setdefault('a', 3))
    print(fl.get('a'))
    print('a' in fl)
f()
