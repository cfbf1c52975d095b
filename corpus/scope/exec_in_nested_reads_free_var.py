# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    x = 1
    def inner():
        x
        exec("print(x)")
        exec("x = 2")
        return x
    return inner()
r = outer()
print(r)
__observe__('r', r)
