# execdiff: versions=2.7,3.12,3.13 origin=core
for e in (ValueError('x'), KeyError('k'), KeyError(), Exception('a', 1), IndexError(3)):
    print("%s | %s | %r" % (type(e).__name__, e, e.args))
print(repr(ValueError('x')))
_result = repr(KeyError('k'))
print(_result)
__observe__('result', _result)
