# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
class C(object):
    v = 'class'
    out = []
    for expr in ("v", "g", "[v for _ in range(1)]", "(lambda: v)()", "list(v for _ in range(1))"):
        try:
            out.append(eval(expr))
        except NameError as e:
            out.append("NameError: %s" % e)
for r in C.out:
    print(r)
