# execdiff: versions=2.7,3.12,3.13 origin=core
print('a', 1)
print()
print(('t',))
x = 'v'
print(x, x)
__observe__('x', x)
