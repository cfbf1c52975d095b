# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        return x
    r = [x * 10 for x in [2, 3]]
    print("x=%r g()=%r r=%r" % (x, g(), r))
    __observe__('f.locals', locals())
f()
