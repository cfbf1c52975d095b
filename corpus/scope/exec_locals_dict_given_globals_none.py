# execdiff: versions=3.12,3.13 origin=scope
def f():
    l = {}
    exec("y = 1", None, l)
    return l
print(f())
__observe__('r', f())
