# execdiff: versions=2.7 origin=core
try:
    raise ValueError('v')
except ValueError as e:
    pass
print e
_result = type(e).__name__
print _result
__observe__('result', _result)
