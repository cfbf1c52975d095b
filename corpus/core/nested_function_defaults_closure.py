# execdiff: versions=2.7,3.12,3.13 origin=core
def outer():
    x = 'cell'
    def inner(d=x, e=[]):
        e.append(d)
        return e
    x = 'changed'
    return inner(), inner(), inner.__defaults__[0]
print(outer())
__observe__('r', outer())
