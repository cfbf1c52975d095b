# execdiff: versions=2.7 origin=example:a12
def outer():
    x = 1
    def inner():
        print "inner locals(): %r" % sorted(locals())
        try:
            exec "print 'exec sees x=%r' % x" in globals(), locals()
        except NameError as e:
            print "exec: NameError: %s" % e
        return x
    r = inner()
    print "inner CO_OPTIMIZED=%d, returned %r" % (inner.func_code.co_flags & 1, r)
outer()

def outer2():
    x = 1
    def inner2():
        print "inner2 (no exec) locals(): %r" % sorted(locals())
        return x
    inner2()
outer2()
