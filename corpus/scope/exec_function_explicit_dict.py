# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 3
    d = {'x': x}
    exec("y = x * 2", d)
    __observe__('y', d['y'])
    __observe__('f.locals', locals().keys() and sorted(locals().keys()))
    return d['y']
print(f())
