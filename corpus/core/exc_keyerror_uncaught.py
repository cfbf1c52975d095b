# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'a': 1}
print(d['a'])
d['b']
