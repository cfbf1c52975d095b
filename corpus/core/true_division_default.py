# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr(7 / 2))
print(repr(-7 / 2))
print(repr(7.0 / 2))
print(repr(6 / 3))
print(repr(1 / 3))
__observe__('q', 7 / 2)
