# execdiff: versions=2.7,3.12,3.13 origin=core
vals = [0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 123456789.123456789, 1.1, 3.14159265358979]
for v in vals:
    print(str(v))
    print("%s|%r" % (v, v))
__observe__('vals', vals)
