# execdiff: versions=3.12,3.13 origin=scope
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
        return locals()
    d = inner()
    return d, x
print(outer())
__observe__('r', outer())
