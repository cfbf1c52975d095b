# execdiff: versions=2.7,3.12,3.13 origin=scope
d = {}
exec("y = 2", d)
print(sorted(d.keys()))
print(d['y'])
print('y' in globals())
__observe__('y', d['y'])
