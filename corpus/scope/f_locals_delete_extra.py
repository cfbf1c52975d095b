# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    fl = sys._getframe().f_locals
    fl['tmp'] = 1
    try:
        del fl['tmp']
        print("deleted")
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    print('tmp' in fl)
f()
