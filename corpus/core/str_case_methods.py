# execdiff: versions=2.7,3.12,3.13 origin=core
s = 'hello World'
print(s.capitalize())
print(s.swapcase())
print(s.title())
print('MiXeD'.lower())
__observe__('s', s)
