# execdiff: versions=2.7,3.12,3.13 origin=scope
class C(object):
    pass
c = C()
c.a = 1
vars(c)['b'] = 2
print(sorted(vars(c).items()))
print(c.b)
try:
    vars(5)
except TypeError as e:
    print("TypeError: %s" % e)
