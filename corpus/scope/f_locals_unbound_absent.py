# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    fl = sys._getframe().f_locals
    print('later' in fl)
    try:
        fl['later']
    except KeyError as e:
        print("KeyError: %s" % e)
    later = 1
    print('later' in fl)
f()
