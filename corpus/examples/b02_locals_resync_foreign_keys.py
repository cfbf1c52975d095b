# execdiff: versions=2.7,3.12,3.13 origin=example:b02
def f():
    a = 1
    b = 2
    d = locals()
    del a
    locals()
    print("after del a + locals(): sorted(d) = %r" % sorted(d))
    d['extra'] = 'x'
    print("foreign key survives next locals(): %r" % ('extra' in locals()))
    b = 3
    print("d['b'] after b = 3 (no re-sync): %r" % d['b'])
f()
