# execdiff: versions=2.7,3.12,3.13 origin=core
a, b = [1, 2]
print(a, )
print(b)
(c, d), e = (3, 4), 5
print(c + d + e)
x = y = 7
print(x * y)
a, b = b, a
print("%s %s" % (a, b))
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print("%d %d %d" % (i, p, q))
__observe__('x', x)
__observe__('y', y)
