# execdiff: versions=2.7,3.12,3.13 origin=core
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5):
    print("round(%r) = %r" % (v, round(v)))
print(repr(round(2.675, 2)))
print(repr(round(1.25, 1)))
print(repr(round(1234, -2)))
print(repr(round(7)))
__observe__('r', round(2.5))
