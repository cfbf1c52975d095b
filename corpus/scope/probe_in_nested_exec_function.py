# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    def inner():
        exec("x = 1")
        __observe__('inner.locals', locals())
        return 'ran'
    return inner()
print(outer())
