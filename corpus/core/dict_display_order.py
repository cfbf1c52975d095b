# execdiff: versions=2.7,3.12,3.13 origin=core
d = {'banana': 1, 'apple': 2, 'cherry': 3, 'date': 4}
print(d)
print(list(d))
print(list(d.values()))
__observe__('d', d)
