# execdiff: versions=2.7,3.12,3.13 origin=core
for n in (0, -1, 255, 10 ** 18, -(10 ** 30)):
    s = str(n)
    print("%s %d %r" % (s, len(s), int(s) == n))
__observe__('s', str(10 ** 18))
