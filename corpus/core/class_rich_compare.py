# execdiff: versions=2.7,3.12,3.13 origin=core
class A(object):
    def __eq__(self, o):
        print("A.eq")
        return True
class B(object):
    def __ne__(self, o):
        print("B.ne")
        return False
a, a2 = A(), A()
print(a != a2)
print(a == a2)
b, b2 = B(), B()
print(b != b2)
print(b == b2)
print((1 != a, a != 1))
class N(object):
    def __eq__(self, o):
        return NotImplemented
n = N()
print((N() != N(), N() == N(), n == n, n != n))
class V(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("V.lt")
        return self.v < getattr(o, 'v', o)
    def __gt__(self, o):
        print("V.gt")
        return self.v > getattr(o, 'v', o)
class W(V):
    def __gt__(self, o):
        print("W.gt")
        return 'from W'
print(V(1) < V(2))
print(3 < V(2))
print(V(1) < W(5))
print(V(1) == V(1), [V(1)] == [V(1)])
class R(object):
    def __eq__(self, o):
        return 'raw'
print(R() == 1, 1 == R(), R() != 1)
