# execdiff: versions=2.7,3.12,3.13 origin=core
class A(object):
    def __init__(self):
        self.items = []
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
a = A(); a.items = [1, 2, 3]
a[0] = 9; del a[1]
print(list(a), len(a), a[-1], 9 in a, a[0:1], sorted(a), max(a), list(reversed(a)))
class Cnt(object):
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    next = __next__
print(list(Cnt()), sum(Cnt()), [x for x in Cnt()], dict.fromkeys(Cnt()))
class H(object):
    def __repr__(self): return 'H!'
    def __str__(self): return 'h'
    def __format__(self, spec): return 'fmt:' + spec
print(H(), [H()], '%s %r' % (H(), H()), '{} {!r} {:xx}'.format(H(), H(), H()), str(H()), repr(H()))
class B(object):
    def __bool__(self): return False
    __nonzero__ = __bool__
print(bool(B()), not B(), 'yes' if B() else 'no')
class L(object):
    def __len__(self): return 0
print(bool(L()), len(L()))
class Call(object):
    def __call__(self, x, y=2): return x + y
print(Call()(1), Call()(1, y=5), callable(Call()))
class Ord(object):
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'O%d' % self.v
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(5), Ord(4)), max([Ord(1), Ord(7)]))
