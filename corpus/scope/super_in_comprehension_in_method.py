# execdiff: versions=2.7,3.12,3.13 origin=scope
# test_listcomps / test_super: zero-argument super() and __class__ inside comprehensions in a
# method, also two sibling comprehensions that both need the class cell, and a generator
# expression (never inlined, so super() there sees the iterator `.0` as its first argument)
# beside them. 3.12+ inlines the list comprehensions into the method, so they read the
# method's __class__ cell and its first argument; 3.x before 3.12 and 2.7 fail otherwise.
class Base:
    def f(self):
        return "Base.f"


class C(Base):
    def f(self):
        return "C.f"

    def m(self):
        a = [super().f() for _ in range(2)]
        b = [__class__.__name__ for _ in [1]]
        c = [super for _ in [1]]
        d = {k: super().f() for k in "x"}
        try:
            e = list(super().f() for _ in range(1))
        except TypeError as exc:
            # The generator expression is a function of its own: its first argument is
            # its iterator, which super() refuses.
            e = str(exc)
        return a, b, c, d, e

    def siblings(self):
        return [super for _ in [1]], [__class__ for _ in [1]]

    def nested(self):
        return [[super().f() for _ in [0]] for _ in [1]]


c = C()
print(c.m())
print(c.siblings()[1][0] is C)
print(c.nested())
print(C.m.__code__.co_freevars, C.m.__code__.co_cellvars)
__observe__("siblings", c.siblings())
