# execdiff: versions=2.7 origin=scope
def f():
    x = 1
    exec "x = 2" in None
    return x
print f()
