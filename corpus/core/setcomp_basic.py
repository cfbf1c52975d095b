# execdiff: versions=2.7,3.12,3.13 origin=core
print(sorted({x % 3 for x in range(10)}))
print({c for c in 'aaa'})
__observe__('s', {x * 2 for x in (1, 2)})
