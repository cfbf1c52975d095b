# execdiff: versions=2.7 origin=core
print 1 <> 2
print 1 <> 1
x = 'a'
if x <> 'b':
    print 'different'
