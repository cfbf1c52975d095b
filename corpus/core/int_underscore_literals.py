# execdiff: versions=3.12,3.13 origin=core
print(1_000_000)
print(int('1_000'))
print(0x_ff)
print(f'{1234567:_}')
__observe__('n', 1_000)
