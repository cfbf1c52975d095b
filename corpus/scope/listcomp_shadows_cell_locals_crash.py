# execdiff: versions=2.7,3.12 origin=scope cpython_crash=3.13
def f():
    x = 1
    def g():
        return x
    r = [locals()['x'] for x in [2]]
    print("x=%r g()=%r r=%r" % (x, g(), r))
f()
