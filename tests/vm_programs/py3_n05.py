class A:
    def m(self):
        return "A"
class B(A):
    def m(self):
        return "B" + super().m()
print(B().m(), B.__mro__[1].__name__)
