# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("inner = locals()")
    d = locals()
    return d.get('inner') is d
print(f())
__observe__('r', f())
