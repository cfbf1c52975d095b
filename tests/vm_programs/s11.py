def f():
    i = 'before'
    r = [i for i in range(3)]
    s = {i for i in range(3)}
    d = {i: i for i in range(3)}
    print(i, r, sorted(s), d)
    g = list(i for i in range(2))
    print(i, g)
f()
