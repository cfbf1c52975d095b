# execdiff: versions=2.7 origin=core
s = 'abc' + u'def'
print type(s).__name__, repr(s)
print repr('%s' % u'x'), repr(u'%s' % 'y')
print repr(str(u'ascii')), repr(unicode('bytes'))
try:
    unicode('\xff')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print 'a' == u'a', hash('a') == hash(u'a')
