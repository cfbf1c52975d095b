class C:
    def m(self):
        self.a = 1
        print(self.b)
        del self.c
        def inner(): self.d = 2
    def n(me): me.e = 3
    def o(x, self): self.f = 1
print(C.__static_attributes__)
class E(Exception): pass
print(list(E.__dict__))
class D(C): pass
print(list(D.__dict__))
