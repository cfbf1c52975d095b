# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v) if hasattr(other, 'v') else NotImplemented
try:
    print(C(1) < C(2))
    print(C(2) == C(2))
except TypeError as e:
    print("TypeError: %s" % e)
for thunk in (lambda: sorted([3, 1, 2], cmp=lambda a, b: b - a),
              lambda: sorted([3, 1, 2], cmp=None),
              lambda: sorted(['bb', 'a', 'ccc'], key=len, cmp=lambda a, b: b - a)):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError: %s" % e)
l = [1, 3, 2]
try:
    l.sort(cmp=lambda a, b: a - b, reverse=True)
    print(l)
except TypeError as e:
    print("TypeError: %s" % e)
