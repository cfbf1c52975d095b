# execdiff: versions=2.7,3.12,3.13 origin=core
s = set(['banana', 'apple', 'cherry', 'date', 'elder'])
print(list(s))
print(sorted(s))
__observe__('s', s)
