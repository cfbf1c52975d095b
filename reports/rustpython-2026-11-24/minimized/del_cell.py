def f():
    x = 1
    h = lambda: x
    del x
    try:
        del x
    except NameError as e:
        __observe__('second del', (type(e).__name__, str(e)))
f()
