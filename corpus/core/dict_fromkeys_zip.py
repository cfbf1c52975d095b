# execdiff: versions=2.7,3.12,3.13 origin=core
print(dict.fromkeys(['a', 'b'], 0))
print(dict(zip(['x', 'y'], [1, 2])))
print(dict([('k', 'v')]))
print(dict(a=1))
__observe__('d', dict.fromkeys('ab'))
