class A(object):
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return "A(%d)" % self.x
class B(A):
    def __init__(self):
        A.__init__(self)
        self.y = 2
b = B()
print(b, b.__dict__ == {'x': 1, 'y': 2}, isinstance(b, A), type(b).__name__)
