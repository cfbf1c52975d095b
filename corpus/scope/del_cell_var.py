# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        return x
    del x
    return g()
f()
