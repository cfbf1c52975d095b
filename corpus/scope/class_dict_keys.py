# execdiff: versions=2.7,3.12,3.13 origin=scope
# The names a class body and type() leave in the class namespace: __module__, __qualname__
# (3.x), __firstlineno__ and __static_attributes__ (3.13), __dict__/__weakref__ descriptors.
class C(object):
    """doc"""
    def __init__(self):
        self.b = 1
        self.a = 2
    def m(self):
        self.c = 3
        other = C()
        other.z = 4
class D(C):
    def n(self):
        self.d = 5
class E(Exception):
    pass
for cls in (C, D, E):
    keys = sorted(cls.__dict__)
    print("%s %s" % (cls.__name__, keys))
print(getattr(C, '__static_attributes__', None))
print(getattr(D, '__static_attributes__', None))
__observe__('keys', sorted(C.__dict__))
