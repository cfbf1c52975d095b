# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    d = locals()
    x = 1
    __observe__('locals', locals())
    return 'x' in d
print(f())
