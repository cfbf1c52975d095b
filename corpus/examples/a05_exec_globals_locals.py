# execdiff: versions=2.7,3.12,3.13 origin=example:a05
def f():
    a = 1
    exec("a = 2; b = 3", globals(), locals())
    try:
        r = b
    except NameError as e:
        r = "NameError: %s" % e
    print("a=%r  b -> %s" % (a, r))
    print("'b' in locals(): %r" % ('b' in locals()))
f()
