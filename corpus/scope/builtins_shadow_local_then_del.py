# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    len = 5
    del len
    return len('ab')
f()
