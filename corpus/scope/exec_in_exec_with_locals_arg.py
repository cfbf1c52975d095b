# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    d = {}
    exec("exec('w = 1')", globals(), d)
    return d
print(f())
__observe__('r', f())
