# execdiff: versions=2.7,3.12,3.13 origin=core
for v in ('', 'a', 'abc', (1, 2), ()):
    print("%r %r" % (v, hash(v)))
