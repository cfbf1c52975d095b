# execdiff: versions=2.7,3.12,3.13 origin=core
from __future__ import division
def f(a, b):
    return a / b, a // b
print(f(7, 2))
print(f(-7, 2))
print(f(8, 2))
__observe__('r', f(1, 3))
