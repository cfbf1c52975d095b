# execdiff: versions=2.7 origin=core
x = xrange(5)
print x
print list(x), len(x), type(x).__name__
_result = xrange(1, 10, 3)
print _result
__observe__('result', _result)
