# execdiff: versions=2.7 origin=core
class Old:
    pass
class New(object):
    pass
o = Old()
print type(o).__name__, type(Old).__name__
print type(New()).__name__, type(New).__name__
print o.__class__.__name__
try:
    o.missing
except AttributeError as e:
    print "AttributeError:", e
