# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(*args, **kw):
    return locals()
d = f(1, k='v')
print(sorted(d.items()))
print(list(d.keys()))
__observe__('d', d)
