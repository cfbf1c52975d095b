# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(x):
    global x
    return x
