# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    d = locals()
    x = 1
    def g():
        return x
    first = sorted(d)
    second = sorted(locals())
    return first, second, sorted(d)
r = outer()
print(r)
__observe__('r', r)
