# execdiff: versions=2.7,3.12,3.13 origin=example:b07
def f():
    a = 1
    r1 = [sorted(locals()) for x in [0]]
    r2 = list(sorted(locals()) for y in [0])
    r3 = {k: sorted(locals()) for k in [0]}
    print("listcomp: %r" % r1)
    print("genexp:   %r" % r2)
    print("dictcomp: %r" % r3)
    try:
        print("x after listcomp: %r" % (x,))
    except NameError as e:
        print("x after listcomp: NameError: %s" % e)
f()
