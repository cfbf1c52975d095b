# execdiff: versions=2.7,3.12,3.13 origin=example:a11
def outer():
    x = 1
    def inner():
        exec("print('exec sees x=%r' % x); x = 2")
        return x
    r = inner()
    print("inner returned %r, outer x=%r" % (r, x))
outer()
