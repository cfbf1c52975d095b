# execdiff: versions=2.7,3.12,3.13 origin=core
for v in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, True, False, 1.0, 1.5, -0.0, None is None):
    print("%r %r" % (v, hash(v)))
_result = hash(1) == hash(1.0) == hash(True)
print(_result)
__observe__('result', _result)
