def f():
    x = 1
    y = [x for x in range(3)]
    print(x, y)
    z = [[x for x in range(2)] for _ in range(2)]
    print(x, z)
    w = [(lambda: q)() for q in range(2)]
    print(w)
f()
