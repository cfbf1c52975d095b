# execdiff: versions=2.7,3.12,3.13 origin=core
print(sum([1, 2, 3]))
print(sum([1, 2], 10))
print(sum([0.1] * 3))
print(sum([[1], [2]], []))
print(any([0, '', None]))
print(any(x > 2 for x in [1, 3]))
print(all([]))
print(all([1, 0]))
