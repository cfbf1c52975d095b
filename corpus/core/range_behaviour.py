# execdiff: versions=2.7,3.12,3.13 origin=core
print(range(5))
print(list(range(2, 10, 3)))
print(list(range(5, 0, -2)))
print(len(range(0, 100, 7)))
print(type(range(1)).__name__)
r = range(10)
print(r[3])
print(list(range(0)))
