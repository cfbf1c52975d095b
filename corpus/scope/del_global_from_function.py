# execdiff: versions=2.7,3.12,3.13 origin=scope
gv = 1
def f():
    global gv
    del gv
f()
try:
    print(gv)
except NameError as e:
    print("NameError: %s" % e)
f()
