def f(*args, **kw):
    return args, sorted(kw.items())
print(f(1, 2, a=3))
print(f(*[1, 2], **{'b': 4}))
def g(a, b=2, *c):
    return a, b, c
print(g(1), g(1, 3, 4, 5))
