# execdiff: versions=2.7,3.12,3.13 origin=core
def f():
    return missing_global
f()
