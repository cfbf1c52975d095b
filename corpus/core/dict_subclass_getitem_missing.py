# execdiff: versions=2.7,3.12,3.13 origin=core
# dict.__getitem__ on a subclass's instance calls its __missing__, however it is reached:
# the unbound method, super(), or the bound method of a class that does not override it.
class D(dict):
    def __missing__(self, key):
        return 'm:' + key
class E(D):
    def __getitem__(self, key):
        return super(E, self).__getitem__(key)
class F(D):
    def __getitem__(self, key):
        return dict.__getitem__(self, key)
for cls in (D, E, F):
    d = cls(a=1)
    print('%s %r %r %r' % (cls.__name__, d['a'], d['b'], d.__getitem__('c')))
d = D()
try:
    dict.__delitem__(d, 'zz')
except KeyError as e:
    print('KeyError %s' % e)
d['k'] = 1
dict.__delitem__(d, 'k')
print(len(d))
