# execdiff: versions=2.7 origin=scope
def f():
    from os.path import *
    exec "y = 1"
    def g():
        return sep
    return g
