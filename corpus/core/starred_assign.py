# execdiff: versions=3.12,3.13 origin=core
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
a, *m, z = range(2)
print(a, m, z)
print([*range(3), *'ab'])
print({**{'a': 1}, 'b': 2})
__observe__('rest', rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError: %s" % e)
