# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    def m(self):
        exec("self.v = 5")
        exec("self = None")
        return self.v
c = C()
print(c.m())
__observe__('c', c)
