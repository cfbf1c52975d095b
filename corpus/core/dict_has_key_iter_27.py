# execdiff: versions=2.7 origin=core
d = {'a': 1, 'b': 2, 'c': 3}
print d.has_key('a'), d.has_key('z')
print sorted(d.iteritems())
print sorted(d.iterkeys())
print type(d.viewkeys()).__name__
print d.keys()
__observe__('items', d.items())
