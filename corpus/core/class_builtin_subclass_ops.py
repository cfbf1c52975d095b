# execdiff: versions=2.7,3.12,3.13 origin=core
class Stack(list):
    def __init__(self, items, name):
        super(Stack, self).__init__(items)
        self.name = name
    def push(self, x):
        self.append(x)
        return self
s = Stack([1, 2], 'st')
s.push(3).push(4)
s += [5]
print(type(s).__name__, s, len(s), s[1:3], s[-1], 3 in s, s.name)
print(s == [1, 2, 3, 4, 5], sorted(s, reverse=True), list(reversed(s)), bool(Stack([], 'e')))
print(isinstance(s, list), issubclass(Stack, list), s + [6])
class Counter(dict):
    def __missing__(self, key):
        return 0
    def __setitem__(self, key, value):
        super(Counter, self).__setitem__(key, value * 10)
c = Counter()
c['a'] = 1
c['b'] += 1
print(sorted(c.items()), c['zz'], 'zz' in c, len(c), c.get('q', 'dflt'))
class Meters(int):
    def describe(self):
        return '%d m' % self
m = Meters(5)
print(m.describe(), m + 1, type(m + 1).__name__, m * 2, m > 3, m == 5, hash(m) == hash(5))
print(repr(m), str(m), int(m), {m: 'x'}[5])
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n.shout(), n + 'x', n == 'bob', len(n), n[0], repr(n), '%s' % n, n.split('o'))
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p.first(), p, len(p), p + (3,), type(p).__name__, list(p))
class Loud(list):
    def __repr__(self):
        return 'Loud(%d)' % len(self)
print(Loud([1]), [Loud()], str(Loud([1, 2])))
__observe__('s', s)
__observe__('c', c)
__observe__('m', m)
__observe__('n', n)
__observe__('p', p)
