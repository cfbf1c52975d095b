# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    def inner():
        x
        return locals()
    r1 = inner()
    x = 2
    r2 = inner()
    return r1, r2, r1 is r2
r = outer()
print(r)
__observe__('r', r)
