# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    pass
c = C()
setattr(c, 'x', 5)
print(getattr(c, 'x'))
print(getattr(c, 'y', 'dflt'))
print(hasattr(c, 'x'))
print(hasattr(c, 'y'))
delattr(c, 'x')
print(hasattr(c, 'x'))
getattr(c, 'x')
