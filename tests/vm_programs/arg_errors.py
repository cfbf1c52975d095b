def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
def f0(): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fv(a, *r): pass
def fk(a, **k): pass
class C(object):
    def m(self, a): pass
t(f0, 1)
t(f2, 1)
t(f2, 1, 2, 3)
t(f2)
t(fd)
t(fd, 1, 2, 3)
t(fv)
t(f2, 1, b=2, c=3)
t(f2, 1, a=2)
t(C().m)
t(C().m, 1, 2)
t(fk, 1, 2)
t(C.m, 1)
t(C)
t(C, 1)
t(len)
t(len, 1, 2)
t(f2, 1, 2, 3, 4)
