# execdiff: versions=2.7,3.12,3.13 origin=core
g = (x * x for x in range(4))
print(next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
__observe__('g', g)
