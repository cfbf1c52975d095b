# execdiff: versions=2.7,3.12,3.13 origin=core
vals = [7 + 3, 7 - 10, 6 * 7, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, (-2) ** 3]
for v in vals:
    print(repr(v))
__observe__('vals', vals)
