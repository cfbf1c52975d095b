# execdiff: versions=2.7,3.12,3.13 origin=core
a = list(range(10))
a[1:3] = ['x', 'y', 'z']
print(a)
del a[::2]
print(a)
a[::-1] = a[:]
print(a)
b = [1, 2, 3]
b[1:1] = [9]
print(b)
b[:] = []
print(b)
__observe__('a', a)
