# execdiff: versions=2.7,3.12,3.13 origin=core
from __future__ import print_function
print('a', 'b', sep='-', end='!\n')
print('x', 1, None)
print()
print('no newline', end='')
print(' then', 'more')
