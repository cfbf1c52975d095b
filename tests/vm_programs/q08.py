def f():
    a = 1
    d1 = locals()
    del a
    d2 = locals()
    print(d1 is d2, sorted(d1), sorted(d2))
f()
