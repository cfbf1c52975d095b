# execdiff: versions=2.7,3.12,3.13 origin=core
class V(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)
    def __str__(self):
        return 'value %s' % (self.v,)
v = V(3)
print(v)
print(repr(v))
print([v])
print("%s %r" % (v, v))
print(str([V('a')]))
__observe__('v', v)
