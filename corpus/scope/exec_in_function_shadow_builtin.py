# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("len = lambda s: 'shadow'")
    return len('ab')
print(f())
__observe__('r', f())
