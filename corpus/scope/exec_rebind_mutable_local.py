# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    l = []
    exec("l = [2]")
    __observe__('l', l)
    return l
print(f())
