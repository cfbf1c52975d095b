# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    d = locals()
    del a
    print('a' in d)
    locals()
    print('a' in d)
    __observe__('d', d)
f()
