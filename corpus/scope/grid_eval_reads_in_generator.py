# execdiff: versions=2.7,3.12,3.13 origin=scope
g = 'global'
def gen():
    v = 'local'
    for expr in ("v", "g", "[v for _ in range(1)]", "(lambda: v)()"):
        try:
            yield eval(expr)
        except NameError as e:
            yield "NameError: %s" % e
for r in gen():
    print(r)
