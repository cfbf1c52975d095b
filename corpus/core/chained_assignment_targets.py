# execdiff: versions=2.7,3.12,3.13 origin=core
a = b = c = []
a.append(1)
print(b, )
x, y = y, x = 1, 2
print(x)
print(y)
d = {}
d['k'] = k = 'v'
print(d)
print(k)
__observe__('d', d)
__observe__('k', k)
