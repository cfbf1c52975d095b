# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
def f():
    g = 'local shadow'
    del g
    v = 1
    del v
    out = []
    for expr in ("g", "v"):
        try:
            out.append(eval(expr))
        except NameError as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out
r = f()
print(r)
__observe__('r', r)
