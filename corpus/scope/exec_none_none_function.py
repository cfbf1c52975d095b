# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    exec("x = 3; y = 4", None, None)
    d = locals()
    __observe__('f.locals', d)
    return x, d.get('y')
print(f())
