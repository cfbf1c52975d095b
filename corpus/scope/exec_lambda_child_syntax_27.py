# execdiff: versions=2.7 origin=scope
def f():
    exec "y = 1"
    g = lambda: q
    return g
