# execdiff: versions=3.12,3.13 origin=scope
def f():
    def g():
        nonlocal zz
        zz = 1
    g()
