# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    g = {'x': 'g'}
    exec("print(x)\nx = 5", g, None)
    __observe__('gx', g['x'])
    return x, g['x']
print(f())
