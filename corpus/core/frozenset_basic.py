# execdiff: versions=2.7,3.12,3.13 origin=core
f = frozenset([1, 2, 2, 3])
print(len(f))
print(2 in f)
d = {f: 'frozen'}
print(d[frozenset([3, 2, 1])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError: %s" % e)
__observe__('f', f)
__observe__('d', d)
