# execdiff: versions=2.7,3.12,3.13 origin=core
class Base(object):
    def greet(self):
        return 'base'
class Mid(Base):
    def greet(self):
        return 'mid+' + super(Mid, self).greet()
class Other(Base):
    def greet(self):
        return 'other+' + super(Other, self).greet()
class Leaf(Mid, Other):
    def greet(self):
        return 'leaf+' + super(Leaf, self).greet()
print(Leaf().greet(), [k.__name__ for k in Leaf.__mro__])
class WithCls(object):
    registry = []
    @classmethod
    def register(cls, v):
        cls.registry.append(v)
        return cls
print(WithCls.register(1).registry, WithCls().register(2).registry)
class P(object):
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 10
p = P(1); p.v = 2; print(p.v, P.v.fget(p))
print(type(P.__dict__['v']).__name__, isinstance(P.__dict__['__init__'], type(lambda: 0)))
print(type(int), type(type), isinstance(int, type), type.__name__)
class E(object):
    x = 1
    def f(self): return 2
print(sorted(k for k in vars(E) if not k.startswith('__')), E.__dict__['x'])
print(getattr(E(), 'f')(), getattr(E, 'x'), setattr(E, 'y', 3), E.y, delattr(E, 'y'), hasattr(E, 'y'))
