# execdiff: versions=2.7,3.12,3.13 origin=scope
a = 1
del a
del a
