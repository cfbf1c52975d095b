# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(p):
    b = 2
    a = 1
    return dir()
print(f(0))
