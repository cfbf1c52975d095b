# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    l = []
    exec("l.append(1)")
    d = {}
    exec("d['k'] = 'v'")
    __observe__('l', l)
    return l, d
print(f())
