# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
def f():
    v = 'local'
    out = []
    for expr in ("v", "g", "len('ab')", "[v for _ in range(1)]", "(lambda: v)()", "list(v for _ in range(1))"):
        try:
            out.append(eval(expr))
        except NameError as e:
            out.append("NameError: %s" % e)
    return out
for r in f():
    print(r)
