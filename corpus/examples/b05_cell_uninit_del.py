# execdiff: versions=2.7,3.12,3.13 origin=example:b05
def outer():
    print("before x assigned: %r" % sorted(locals()))
    x = 1
    def inner():
        return x
    print("after: %r" % sorted(locals()))
    del x
    print("after del x: %r" % sorted(locals()))
    try:
        inner()
    except NameError as e:
        print("inner(): %s: %s" % (type(e).__name__, e))
outer()
