# execdiff: versions=2.7 origin=core
print cmp(1, 2), cmp('b', 'a'), cmp([1], [1])
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a))
class C(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
print C(1) < C(2), sorted([C(3), C(1)])[0].v
print None < 0, [] > {}, 'a' > 5
