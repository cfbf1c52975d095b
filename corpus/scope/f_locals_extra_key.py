# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    a = 1
    fl = sys._getframe().f_locals
    fl['extra'] = 'e'
    print(fl['extra'])
    print('extra' in locals())
    print('extra' in sys._getframe().f_locals)
    try:
        print(extra)
    except NameError as e:
        print("NameError: %s" % e)
f()
