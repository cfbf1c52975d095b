# execdiff: versions=3.12,3.13 origin=scope
def f():
    x = 1
    def g():
        global x
        nonlocal x
    return g
