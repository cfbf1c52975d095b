# execdiff: versions=2.7,3.12,3.13 origin=example:c04 xfail=vm
def f():
    return undefined_name
try:
    f()
except NameError as e:
    print("in function:     %s" % e)
try:
    undefined_name
except NameError as e:
    print("at module level: %s" % e)
def g():
    global gg
    del gg
try:
    g()
except NameError as e:
    print("del of missing global: %s" % e)
import sys, traceback
def k(which):
    spam = 1
    counter = 1
    return spma if which == 0 else countr
for which in (0, 1):
    try:
        k(which)
    except NameError as e:
        print("str(e): %-36s traceback.format_exc() last line: %s" % (e, traceback.format_exc().splitlines()[-1]))
def h():
    counter = 1
    try:
        return countr
    except NameError as e:
        print("str(e) in h: %s" % e)
        raise
h()
