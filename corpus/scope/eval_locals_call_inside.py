# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    inner = eval("locals()")
    __observe__('inner', inner)
    return inner is locals(), sorted(inner.keys())
print(f())
