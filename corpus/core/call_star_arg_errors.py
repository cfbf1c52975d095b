# execdiff: versions=2.7,3.12,3.13 origin=core
def f(*args, **kwargs):
    return (args, sorted(kwargs.items()))
class G(object):
    def __getitem__(self, i):
        raise TypeError("inner %d" % i)
class M(object):
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return k * 2
class C(object):
    def m(self, *a):
        return a
print(f(1, *(2, 3)))
print(f(a=1, **M()))
for thunk in (lambda: f(1, *5), lambda: f(*G()), lambda: f(1, *G()),
              lambda: f(**{1: 2}), lambda: f(a=1, **{'a': 2}), lambda: f(**5),
              lambda: C().m(*None), lambda: len(*5), lambda: f(*(x for x in 5))):
    try:
        thunk()
    except TypeError as e:
        print("TypeError: %s" % e)
