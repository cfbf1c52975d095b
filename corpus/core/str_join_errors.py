# execdiff: versions=2.7,3.12,3.13 origin=core
print(', '.join(['a', 'b']))
print('-'.join('xyz'))
', '.join(['a', 1])
