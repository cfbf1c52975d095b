# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    n = 'C'
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.n
class D(C):
    n = 'D'
print(C.s(2))
print(C().s(3))
print(C.c())
print(D.c())
_result = D().c()
print(_result)
__observe__('result', _result)
