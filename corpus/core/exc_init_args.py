# execdiff: versions=2.7,3.12,3.13 origin=core
class A(Exception):
    def __init__(self, x, y):
        super(A, self).__init__(x)
        self.y = y
class B(ValueError):
    def __init__(self, *parts):
        ValueError.__init__(self, '-'.join(parts))
class C(Exception):
    def __init__(self, v):
        self.v = v
for exc in (A(1, 2), B('p', 'q'), C(3)):
    try:
        raise exc
    except Exception as e:
        print("%s %r %s" % (type(e).__name__, e.args, str(e)))
e = KeyError('k')
Exception.__init__(e, 'a', 'b')
print(e.args)
try:
    Exception.__init__(5)
except TypeError as t:
    print("TypeError: %s" % t)
