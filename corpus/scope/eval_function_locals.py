# execdiff: versions=2.7,3.12,3.13 origin=scope
def f(a):
    b = a * 2
    return eval("a + b")
print(f(5))
__observe__('r', f(5))
