# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("y = 5")
    return y
y = 'global'
print(f())
__observe__('f', f())
