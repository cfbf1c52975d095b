# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    g = lambda: x
    exec("del x")
    return g(), x
print(f())
