class C(object):
    x = 1
    y = [x for _ in range(2)] if False else None
    def m(self):
        return x
try:
    C().m()
except NameError as e:
    print("NameError", e)
print(sorted(k for k in vars(C) if not k.startswith('__')))
