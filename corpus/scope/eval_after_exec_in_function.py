# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("y = 5")
    return eval("y")
try:
    print(f())
except NameError as e:
    print("NameError: %s" % e)
