# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
def f():
    fv = 'free'
    class C(object):
        seen = fv
        v = 'class'
        out = []
        for expr in ("v", "fv", "seen", "g", "[v for _ in range(1)]"):
            try:
                out.append(eval(expr))
            except NameError as e:
                out.append("NameError: %s" % e)
    return C.out
for r in f():
    print(r)
