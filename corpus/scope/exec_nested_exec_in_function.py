# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("exec('q = 1')")
    d = locals()
    __observe__('f.locals', d)
    return sorted(d.keys())
print(f())
