# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'x': 1, 'y': 2, 'z': 3, 'a': 4, 'b': 5, 'name': 6, 'value': 7, 'k': 8}
print(d)
for k in d:
    print(k)
__observe__('d', d)
