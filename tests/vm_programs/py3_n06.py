def f():
    x = 0
    r = [x for x in range(3)]
    print(x, r)
    r2 = [lambda: x for x in range(2)]
    print([g() for g in r2])
f()
