# execdiff: versions=2.7,3.12,3.13 origin=core
vals = [0.1, 1.0 / 3, 1e16, 1e15, 1e-5, 1e-4, 1.0, 100.0, 1e22, 2.5e-10, 123456789.0, 0.1 + 0.2, -0.0]
for v in vals:
    print(repr(v))
__observe__('vals', vals)
