# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    try:
        del fl['a']
        print("deleted")
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    print(a)
f()
