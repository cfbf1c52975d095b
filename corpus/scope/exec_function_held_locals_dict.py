# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    d = locals()
    exec("x = 9", globals(), d)
    print("x=%r d[x]=%r" % (x, d['x']))
    locals()
    print("after locals(): d[x]=%r" % (d['x'],))
    __observe__('d', d)
f()
