# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("t = 1")
    exec("del t")
    return sorted(locals().keys())
try:
    print(f())
except NameError as e:
    print("NameError: %s" % e)
