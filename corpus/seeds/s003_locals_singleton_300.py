# execdiff: versions=2.7,3.12,3.13 origin=seed:003_db632186943281ce
def f():
    a = 1
    d = locals()
    d['a'] = 300
    print("d['a'] after write: %r" % (d['a'],))
    locals()
    print("d['a'] after locals(): %r" % (d['a'],))
    print("a is still %r" % (a,))
    print("d is locals(): %r" % (d is locals(),))
    __observe__('d', d)
f()
