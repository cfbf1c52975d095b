# execdiff: versions=2.7 origin=scope
def f():
    from os.path import *
    def g():
        return join
    return g
