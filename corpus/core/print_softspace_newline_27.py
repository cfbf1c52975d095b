# execdiff: versions=2.7 origin=core
print 'a',
print
print 'b',
print 'c',
print ''
print 'tab\t',
print 'x'
