# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
depth = [0]
def down(n):
    depth[0] = n
    down(n + 1)
try:
    down(1)
except RuntimeError:
    pass
print(depth[0])
__observe__('depth', depth[0])
