# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del d['b']
d['e'] = 5
d['b'] = 6
print(list(d.items()))
del d['a']
d['a'] = 7
print(list(d.keys()))
__observe__('d', d)
