# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    print(sorted([3, 'a', 1.5, None]))
except TypeError as e:
    print("TypeError: %s" % e)
try:
    print(sorted([(1, 'a'), (1, 2)]))
except TypeError as e:
    print("TypeError: %s" % e)
print(sorted([True, 0, 2, -1.5]))
