# execdiff: versions=3.12,3.13 origin=core
import sys
print('a', 'b', sep='')
print(1, 2, 3, sep=', ', end='.\n')
print('to stderr', file=sys.stderr)
print(*['x', 'y'])
print('flushed', flush=True)
