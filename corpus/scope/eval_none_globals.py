# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'local'
    return eval("x", None), eval("x", None, None)
r = f()
print(r)
__observe__('r', r)
