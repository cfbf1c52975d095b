# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    class C(object):
        y = x
        z = eval("y")
    return C.z
r = f()
print(r)
__observe__('r', r)
