# execdiff: versions=2.7 origin=core
u = u'abc'
print repr(u), type(u).__name__
print repr(u + 'd')
print repr(unicode(5)), repr(str(u))
print u'x' == 'x', repr(u'\u20ac'), len(u'\u20ac')
__observe__('u', u)
