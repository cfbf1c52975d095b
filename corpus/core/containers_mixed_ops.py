# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
fs = frozenset([1, 2])
print(fs.union([3]), fs.intersection([2, 5]), fs.difference({1}), fs.symmetric_difference([2, 3]), fs | {9}, type(fs.union()).__name__, set([1]).union(fs))
def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen(); next(g)
print(g.send(3), g.send(5))
print(list(x * y for x in range(3) for y in range(2) if x != y))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
d = {'a': 1}
for k in list(d):
    d[k + k] = 2
print(sorted(d))
print(list(map(None, [1, 2], [3])) if sys.version_info[0] == 2 else [(1, 3), (2, None)])
print(dict(zip('abc', range(3))), list(reversed(range(4))), sorted('bca', reverse=True))
print([(i, c) for i, c in enumerate('xy')], list(zip([1, 2], 'ab', [True, False])))
print(sorted([(2, 'b'), (1, 'a'), (2, 'a')]), sorted([3, 1, 2], key=lambda v: -v))
print(min([], default=0) if sys.version_info[0] > 2 else 0, max('ab', 'c'))
print(list(filter(lambda v: v % 2, range(7))), [x for x in map(str, range(3))])
print(any(x > 2 for x in [1, 3]), all(x for x in []), sum(x for x in range(5)))
s = {1, 2, 3}
s.add(4); s.discard(1); s -= {2}; print(sorted(s), s & {3, 9}, s | {0}, s ^ {3, 5}, {3} <= s, s.issuperset({4}))
fs = frozenset([1, 2]); print(fs, hash(fs) == hash(frozenset([2, 1])), fs.union([3]))
l = [1, 2, 3, 4, 5]
print(l[::2], l[-2:], l[:-10], l[10:], l[1:-1:2], l[::-2])
l[1:3] = []; print(l); l[:0] = [0]; print(l)
print([1, 2] * 2, [[0] * 2] * 2, (1,) * 3, 'ab' * 0)
print(list(range(10, 0, -3)), range(5)[-1], list(range(0)), len(range(1, 100, 7)))
