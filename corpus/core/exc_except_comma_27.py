# execdiff: versions=2.7 origin=core
try:
    int('x')
except ValueError, e:
    print 'caught:', e
try:
    [][1]
except (IndexError, KeyError), e:
    print 'caught:', e
print e
