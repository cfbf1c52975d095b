# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'a': 1}
print(type(d.keys()).__name__)
print(type(d.values()).__name__)
print(type(d.items()).__name__)
print(list(d.items()))
print('a' in d.keys())
__observe__('d', d)
