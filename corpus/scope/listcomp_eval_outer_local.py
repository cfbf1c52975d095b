# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    a = 1
    return [eval("a") for _ in range(2)]
print(f())
__observe__('r', f())
