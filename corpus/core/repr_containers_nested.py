# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'k': [1, (2, 'three'), {'n': None}]}
print(d)
print(repr([[], [[]], ()]))
l = [1]
l.append(l)
print(l)
e = {}
e['self'] = e
print(e)
__observe__('l', l)
