# execdiff: versions=2.7,3.12,3.13 origin=core
class V(object):
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __lt__(self, o):
        return self.x < o.x
    def __mul__(self, k):
        return V(self.x * k)
    def __neg__(self):
        return V(-self.x)
r = V(1) + V(2)
print(r.x)
print((V(2) * 5).x)
print((-V(4)).x)
print(V(1) < V(2))
print([v.x for v in sorted([V(3), V(1), V(2)])])
__observe__('r', r)
