# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(a, b):
    del a
    d = locals()
    __observe__('d', d)
    return sorted(d.keys())
print(f(1, 2))
