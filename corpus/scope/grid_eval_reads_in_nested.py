# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
def outer():
    fv = 'free'
    unref = 'unreferenced'
    def inner():
        fv
        v = 'local'
        out = []
        for expr in ("v", "fv", "unref", "g", "[fv for _ in range(1)]", "(lambda: fv)()"):
            try:
                out.append(eval(expr))
            except NameError as e:
                out.append("NameError: %s" % e)
        return out
    return inner()
for r in outer():
    print(r)
