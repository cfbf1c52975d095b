# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 'cell'
    class C(object):
        y = x
    return C.y
print(f())
__observe__('r', f())
