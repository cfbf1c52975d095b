# execdiff: versions=2.7,3.12,3.13 origin=core
d = {}
for i in range(20):
    d['k%d' % i] = i
print(list(d.keys()))
e = {}
for i in range(12):
    e[i * 7] = i
print(list(e))
__observe__('d', d)
