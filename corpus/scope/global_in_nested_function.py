# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'global'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'set by inner'
        return x
    inner()
    return x
print(outer())
print(x)
__observe__('x', x)
