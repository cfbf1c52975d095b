# execdiff: versions=2.7,3.12,3.13 origin=core
class Base(object):
    def __init__(self):
        self.tag = 'base'
    def who(self):
        return 'Base'
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.tag += '+child'
    def who(self):
        return 'Child<' + Base.who(self) + '>'
c = Child()
print(c.tag)
print(c.who())
print(isinstance(c, Base))
print(issubclass(Child, Base))
__observe__('c', c)
