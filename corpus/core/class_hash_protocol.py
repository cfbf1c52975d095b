# execdiff: versions=2.7,3.12,3.13 origin=core
class E(object):
    x = 1
    def __eq__(self, o):
        return True
print(list(E.__dict__.keys()))
class F(E):
    pass
print('__hash__' in F.__dict__, getattr(E, '__hash__', 'missing') is None)
for thunk in (lambda: hash(E()), lambda: {F(): 1}, lambda: set([E()])):
    try:
        r = thunk()
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError: %s" % e)
class H(object):
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        print("eq %r %r" % (self.k, getattr(other, 'k', other)))
        return isinstance(other, H) and self.k % 10 == other.k % 10
print(hash(H(-1)), hash(H(2 ** 64 + 5)) == hash(2 ** 64 + 5))
d = {H(1): 'a', H(2): 'b'}
d[H(1)] = 'c'
print(sorted(v for v in d.values()), len(d), H(1) in d, H(3) in d)
s = set([H(5), H(5), H(6)])
s.discard(H(5))
print(len(s))
del d[H(2)]
print(len(d), d.pop(H(1)), d)
class Bad(object):
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print("TypeError: %s" % e)
