# execdiff: versions=2.7,3.12,3.13 origin=core
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1))
print(add(1, 2))
print((lambda: 'nullary')())
print(sorted([(1, 'b'), (0, 'a')], key=lambda p: p[1]))
print(sq.__name__)
__observe__('sq', sq)
__observe__('add', add)
