# execdiff: versions=2.7 origin=scope
def outer():
    x = 1
    def inner():
        exec "y = x"
        return y
    return inner()
print outer()
