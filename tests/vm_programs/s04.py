def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
    x = 3
    print(g())
f()
