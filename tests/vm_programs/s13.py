class C(object):
    a = 1
    b = [a for _ in range(1)] if False else 0
    exec("c = a + 1")
    d = locals()
print(C.c, sorted(k for k in C.d if not k.startswith('__')))
