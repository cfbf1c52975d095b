# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    def f(self, x):
        return x
c = C()
for call in (lambda: c.f(), lambda: c.f(1, 2), lambda: C.f(c), lambda: c.f(y=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError: %s" % e)
__observe__('c', c)
