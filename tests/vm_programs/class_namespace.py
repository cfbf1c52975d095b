class C:
    "doc"
    x = 1
    def m(self): self.q = 1
    print(list(locals()))
print(list(C.__dict__))
