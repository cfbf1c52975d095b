# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    exec("x = 2", None)
    __observe__('x', x)
    return x
print(f())
