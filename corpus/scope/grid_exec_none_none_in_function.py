# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    v = 'orig'
    exec("v = 'rebound'", None, None)
    print("after rebind: v=%r" % (v,))
    exec("w = 'new'", None, None)
    try:
        print("new name: w=%r" % (w,))
    except NameError as e:
        print("new name: %s: %s" % (type(e).__name__, e))
    print("w in locals(): %r" % ('w' in locals(),))
    exec('del v', None, None)
    try:
        print("after del: v=%r" % (v,))
    except NameError as e:
        print("after del: %s: %s" % (type(e).__name__, e))
    __observe__('f.names', sorted(k for k in list(locals().keys()) if not k.startswith('__')))
f()
