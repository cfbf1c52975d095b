# execdiff: versions=2.7 origin=core
import sys
m = sys.maxint
print m, type(m).__name__
print m + 1, type(m + 1).__name__
print -m - 1, type(-m - 1).__name__
print -m - 2, type(-m - 2).__name__
print type(m * 2).__name__, type(2 ** 62).__name__, type(2 ** 63).__name__
print repr(long(5)), repr(int(2 ** 70))
__observe__('m1', m + 1)
