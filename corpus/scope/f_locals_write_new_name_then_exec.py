# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
def f():
    fl = sys._getframe().f_locals
    fl['z'] = 1
    try:
        exec("print(z)")
    except NameError as e:
        print("NameError: %s" % e)
    try:
        print(eval("z + 1"))
    except NameError as e:
        print("NameError: %s" % e)
f()
