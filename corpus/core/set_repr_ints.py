# execdiff: versions=2.7,3.12,3.13 origin=core
print(set([3, 1, 2]))
print(set())
print(frozenset([2, 1]))
print({1, 2, 3})
print(set([10, 100, 1000]))
__observe__('s', {5, 3})
