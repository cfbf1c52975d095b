# execdiff: versions=2.7,3.12,3.13 origin=example:a01
def f():
    a = 1
    exec("a = 2; b = 3")
    try:
        print("a=%r b=%r" % (a, b))
    except NameError as e:
        print("a=%r, reading b -> NameError: %s" % (a, e))
    print("locals(): %r" % sorted(locals().items()))
f()
