# execdiff: versions=2.7,3.12,3.13 origin=core
a = [1, [2]]
b = list(a)
c = a[:]
d = a + []
a[1].append(3)
a.append(4)
print(b)
print(c)
print(d)
print(a)
print(b is a, b == a[:2])
__observe__('c', c)
__observe__('d', d)
