# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    del x
    x = 2
    __observe__('f.locals', locals())
    return x
print(f())
