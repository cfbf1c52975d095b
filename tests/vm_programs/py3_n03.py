def f():
    x = 1
    exec("x = 2")
    print(x, locals()['x'])
    d = {}
    exec("y = x", globals(), d)
    print(d)
f()
