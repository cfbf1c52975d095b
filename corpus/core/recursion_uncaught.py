# execdiff: versions=2.7,3.12,3.13 origin=core
def f(n):
    return f(n + 1) + 1
f(0)
