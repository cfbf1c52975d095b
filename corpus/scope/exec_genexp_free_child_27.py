# execdiff: versions=2.7 origin=scope
def f():
    exec "a = [1, 2]"
    k = 10
    return list(b + k for b in a)
print f()
