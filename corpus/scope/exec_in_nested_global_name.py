# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    def inner():
        exec("y = 1")
        return len('abc')
    return inner()
print(outer())
