# execdiff: versions=3.12,3.13 origin=core
x = 42
name = 'Ann'
print(f'{x}')
print(f'{x!r} {name!r}')
print(f'[{x:>6}] [{x:<6}] [{x:06.2f}]')
print(f'{x + 1} {name.upper()} {[i for i in range(3)]}')
print(f'{{braces}} {x}')
print(f'{name=}')
__observe__('f', f'{x:x}')
