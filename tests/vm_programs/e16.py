def f():
    try:
        print(undefined_thing)
    except NameError as e:
        print(e)
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
f()
