# execdiff: versions=2.7,3.12,3.13 origin=core
class Typed(object):
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return 'class access of %s' % self.name
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        print('set %s=%r' % (self.name, value))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete %s' % self.name)
        del obj.__dict__[self.name]
class NonData(object):
    def __get__(self, obj, owner=None):
        return 'nondata'
class C(object):
    t = Typed('t')
    n = NonData()
c = C()
print(C.t, c.t, c.n)
c.t = 5
print(c.t)
c.__dict__['t'] = 'shadow?'
print(c.t)
c.n = 'instance wins'
print(c.n)
del c.t
print(c.t)
class Logged(object):
    def __getattribute__(self, name):
        if name.startswith('v'):
            return 'logged:' + name
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('delattr %s' % name)
        object.__delattr__(self, name)
l = Logged()
l.a = 21
print(l.a, l.val, l.other)
del l.a
print(l.a)
class Slotted(object):
    __slots__ = ('x', 'y')
s = Slotted()
s.x = 1
print(s.x, hasattr(s, '__dict__'), sorted(k for k in Slotted.__dict__ if k.startswith('__') and k in ('__dict__', '__weakref__', '__slots__')))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError: %s' % e)
