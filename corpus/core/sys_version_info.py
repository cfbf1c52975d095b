# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
v = sys.version_info
print(v[0] >= 2)
print(tuple(v[:1]) == (v.major,))
print(isinstance(v.minor, int))
print(sys.maxsize == 2 ** 63 - 1)
print(sys.version_info > (2, 0))
__observe__('v', v)
