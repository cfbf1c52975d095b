# execdiff: versions=2.7,3.12,3.13 origin=core
print(list(enumerate('ab')))
print(list(enumerate('ab', 1)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
names = ['a', 'b']
for i, (n, v) in enumerate(zip(names, [10, 20])):
    print("%d %s %d" % (i, n, v))
__observe__('names', names)
