# execdiff: versions=2.7 origin=core
try:
    raise ValueError, 'old form'
except ValueError, e:
    print 'caught', e.args
try:
    raise KeyError, ('k',)
except KeyError, e:
    print 'caught', repr(e)
raise TypeError, 'uncaught old form'
