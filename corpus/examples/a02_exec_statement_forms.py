# execdiff: versions=2.7 origin=example:a02
def bare():
    a = 1
    exec "a = 2; b = 3"
    print "bare:    a=%r b=%r" % (a, b)

def in_g():
    a = 1
    g = {}
    exec "a = 2; b = 3" in g
    print "in g:    a=%r, g keys=%r" % (a, sorted(g))
    try:
        b
    except NameError as e:
        print "in g:    reading b -> NameError: %s" % e

def in_gl():
    a = 1
    g, l = {}, {}
    exec "a = 2; b = 3" in g, l
    print "in g,l:  a=%r, g keys=%r, l=%r" % (a, sorted(g), sorted(l.items()))

def tuple2():
    a = 1
    g = {}
    exec("a = 2; b = 3", g)
    print "tuple2:  a=%r, g keys=%r" % (a, sorted(g))

def tuple3():
    a = 1
    l = {}
    exec("a = 2; b = 3", globals(), l)
    print "tuple3:  a=%r, l=%r" % (a, sorted(l.items()))

def in_none():
    a = 1
    exec "a = 2; b = 3" in None
    print "in None: a=%r b=%r" % (a, b)

def in_none_cell():
    x = 1
    def g():
        return x
    exec "x = 2" in None          # compiler: 'qualified' (allowed with closures); runtime: plain
    print "in None + closure: x=%r g()=%r" % (x, g())

for f in (bare, in_g, in_gl, tuple2, tuple3, in_none, in_none_cell):
    f()
