# execdiff: versions=2.7,3.12,3.13 origin=scope
len = lambda x: 'mine'
print(len('a'))
del len
print(len('a'))
__observe__('len', len('abc'))
