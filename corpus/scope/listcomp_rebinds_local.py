# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'outer'
    r = [x for x in range(3)]
    __observe__('f.locals', locals())
    return x
print(f())
