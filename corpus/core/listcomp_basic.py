# execdiff: versions=2.7,3.12,3.13 origin=core
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ('ab', 'c')])
print([x if x > 1 else -x for x in range(4)])
__observe__('l', [x for x in 'abc'])
