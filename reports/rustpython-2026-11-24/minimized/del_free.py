def f():
    y = 1
    def g():
        nonlocal y
        del y
    g()
    try:
        g()
    except NameError as e:
        __observe__('second del', str(e))
f()
