# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr(1 + 1.0))
print(repr(3 * 0.5))
print(repr(2 ** 0.5 == 2 ** 0.5))
print(repr(10 ** 20 == 1e20))
print(repr(int(1e20)))
print(repr(0.1 * 3 == 0.3))
print(repr(float(1) / 4))
