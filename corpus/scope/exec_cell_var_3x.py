# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        return x
    exec("x = 2")
    print("x=%r g()=%r" % (x, g()))
    __observe__('f.locals', locals())
f()
