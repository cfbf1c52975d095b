# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr(abs(-3)))
print(repr(abs(-2.5)))
print(repr(abs(True)))
print(repr(abs(-2 ** 80)))
print(repr(abs(0.0)))
__observe__('a', abs(-7))
