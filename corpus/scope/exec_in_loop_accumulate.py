# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    for i in range(3):
        exec("t = i * 2")
    d = locals()
    __observe__('f.locals', d)
    return d.get('t')
print(f())
