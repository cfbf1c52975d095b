# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        print(x)
    except NameError as e:
        print("%s: %s" % (type(e).__name__, e))
    __observe__('f.locals', locals())
f()
