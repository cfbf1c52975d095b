# execdiff: versions=2.7,3.12,3.13 origin=core
for e in (30, 31, 62, 63, 64, 100):
    n = 2 ** e
    print("%d %r %s" % (e, n, type(n).__name__))
    print(repr(-n))
__observe__('big', 2 ** 64)
__observe__('small', 2 ** 62)
