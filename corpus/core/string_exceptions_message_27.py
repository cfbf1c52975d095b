# execdiff: versions=2.7 origin=core
class E(Exception):
    pass
try:
    raise E
except E as e:
    print repr(e), str(e) == ''
print repr(Exception('a', 'b'))
print str(Exception(u'u'))
e = Exception('m')
print e.message
