# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("import math")
    return math.floor(2.5)
print(f())
