# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
v = sys.version_info
r = repr(v)
print(r[:r.index('(')], r.count('='), str(v) == r)
print(len(v), v[-2], v.releaselevel, v.serial, isinstance(v, tuple), type(v).__name__)
print(v >= (2, 7), v < (4,), v == tuple(v), list(v)[3:], v[0:2] == (v.major, v.minor))
major, minor = v[:2]
print(major == v.major, hash(v) == hash(tuple(v)))
