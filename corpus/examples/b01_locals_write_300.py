# execdiff: versions=2.7,3.12,3.13 origin=example:b01
def f():
    a = 1
    d = locals()
    d['a'] = 300
    print("d['a'] after assignment: %r" % d['a'])
    locals()
    print("d['a'] after another locals(): %r; a=%r" % (d['a'], a))
    print("locals() is locals(): %r" % (locals() is locals()))
    print("type(locals()): %s" % type(locals()).__name__)
f()
