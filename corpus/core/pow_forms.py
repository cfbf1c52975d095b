# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr(pow(2, 10)))
print(repr(pow(2, 10, 1000)))
print(repr(2 ** -2))
print(repr((-8) ** 2))
print(repr(pow(3, 0)))
print(repr(0 ** 0))
print(repr(2.0 ** 0.5))
__observe__('p', pow(7, 100, 13))
