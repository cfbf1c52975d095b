# execdiff: versions=2.7,3.12,3.13 origin=core
d = {}
for k in ('one', 'two', 'three', 'four'):
    d[k] = len(k)
print(d.popitem())
print(d.popitem())
print(len(d))
{}.popitem()
