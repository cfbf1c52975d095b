# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    d = {}
    exec("y = 2", d)
    def g():
        return x + d['y']
    return g()
print(f())
__observe__('r', f())
