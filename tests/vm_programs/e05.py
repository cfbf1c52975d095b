def f():
    a = 1
    del a
    try:
        a
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del a
    except NameError as e:
        print(type(e).__name__, e)
f()
