# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    y = 2
    def inner():
        z = x + 1
        d = locals()
        __observe__('inner.locals', d)
        return sorted(d.items())
    return inner()
print(outer())
