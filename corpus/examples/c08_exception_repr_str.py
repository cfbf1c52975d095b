# execdiff: versions=2.7,3.12,3.13 origin=example:c08
for e in [KeyError('a'), KeyError(), KeyError('a', 'b'), KeyError(1), KeyError(''),
          ValueError('x'), ValueError(), Exception('a', 1), StopIteration(), NameError('n')]:
    print("repr=%-24s str=%r args=%r" % (repr(e), str(e), e.args))
