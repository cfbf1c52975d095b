# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    g = lambda: x
    del x
    x = 5
    return g()
print(f())
