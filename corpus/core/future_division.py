# execdiff: versions=2.7,3.12,3.13 origin=core
from __future__ import division
print(repr(7 / 2))
print(repr(6 / 3))
print(repr(-7 / 2))
print(repr(7 // 2))
__observe__('q', 6 / 3)
