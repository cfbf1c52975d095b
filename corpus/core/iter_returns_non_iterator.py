# execdiff: versions=2.7,3.12,3.13 origin=core
# What __iter__ returns must be an iterator (iter() checks it), and next() of an instance
# without next/__next__ gives each version's text.
class C(object):
    pass
try:
    next(C())
except TypeError as e:
    print(e)
class D(object):
    def __iter__(self):
        return C()
try:
    for x in D():
        pass
except TypeError as e:
    print(e)
class E(object):
    def __iter__(self):
        return [1, 2]
try:
    iter(E())
except TypeError as e:
    print(e)
class F(object):
    def __iter__(self):
        return (x for x in [3])
print(list(F()))
