# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    def m(self):
        return 'm'
c = C()
bm = c.m
print(bm())
print(bm.__self__ is c)
print(c.m == c.m)
print(bm.__func__ is C.__dict__['m'])
print(type(bm).__name__)
__observe__('c', c)
__observe__('bm', bm)
