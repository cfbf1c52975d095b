# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    a = 1
    exec("b = a + 1")
print(C.b)
__observe__('C.b', C.b)
