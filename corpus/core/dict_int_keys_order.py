# execdiff: versions=2.7,3.12,3.13 origin=core
d = {}
for k in (10, 1, 5, 100, 3, 8, 33, -1):
    d[k] = str(k)
print(d)
print(list(d.keys()))
__observe__('d', d)
