# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    cv = 'cell'
    def reader():
        return cv
    import sys
    v = 'orig'
    fl = sys._getframe().f_locals
    print("type: %s" % (type(fl).__name__,))
    fl['v'] = 'via f_locals'
    print("after write: v=%r" % (v,))
    fl['extra'] = 'x'
    print("extra in locals(): %r" % ('extra' in locals(),))
    try:
        del fl['v']
        print("del ok")
    except Exception as e:
        print("del: %s: %s" % (type(e).__name__, e))
    try:
        print("after del: v=%r" % (v,))
    except NameError as e:
        print("after del: %s" % (type(e).__name__,))
    sys._getframe().f_locals['cv'] = 'via f_locals'
    print("cell after write: %r %r" % (cv, reader()))
    __observe__('f.names', sorted(k for k in list(locals().keys()) if not k.startswith('__')))
f()
