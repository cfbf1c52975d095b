def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        del x
    g()
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
f()
