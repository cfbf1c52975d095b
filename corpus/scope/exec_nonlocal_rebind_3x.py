# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        nonlocal x
        exec("x = 5")
        return x
    r = g()
    print("g()=%r x=%r" % (r, x))
f()
