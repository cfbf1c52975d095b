# execdiff: versions=2.7,3.12,3.13 origin=core
a = [1]
b = [1]
print(a == b)
print(a is b)
print(a is not b)
print(None is None)
c = a
print(c is a)
print(type(a) is list)
__observe__('b', b)
__observe__('c', c)
