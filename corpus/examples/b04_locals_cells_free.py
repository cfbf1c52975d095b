# execdiff: versions=2.7,3.12,3.13 origin=example:b04
def outer():
    x = 1
    y = 2
    def inner():
        z = x
        return sorted(locals().items())
    print("outer: %r" % sorted(locals()))
    print("inner: %r" % inner())
    x = 10
    print("inner after outer rebinds x=10: %r" % inner())
outer()
