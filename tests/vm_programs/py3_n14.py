class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, n):
        self._v = n * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P()
p.v = 3
print(p.v, P.s(1), P.c(), p.c())
