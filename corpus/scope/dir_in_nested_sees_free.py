# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    y = 2
    def inner():
        x
        z = 3
        return dir()
    return inner()
print(outer())
__observe__('r', outer())
