def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)
    print(repr(err))
f()
