# execdiff: versions=2.7,3.12,3.13 origin=core
b = b'abc'
print(type(b).__name__)
print(len(b))
print(b == 'abc')
print(repr(b[0]))
print(repr(b[0:1]))
print(repr(b + b'd'))
__observe__('b', b)
