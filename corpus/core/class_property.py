# execdiff: versions=2.7,3.12,3.13 origin=core
class T(object):
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, value):
        self._v = value
t = T()
print(t.v)
t.v = 5
print(t.v)
try:
    del t.v
except AttributeError as e:
    print("AttributeError: %s" % e)
__observe__('t', t)
