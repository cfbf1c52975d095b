# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    n = 1
    exec("n += 1")
    __observe__('n', n)
    return n, locals()['n']
print(f())
