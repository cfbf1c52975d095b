def f():
    exec("a = 1")
    exec("b = a + 1")
    try:
        exec("print(a, b)")
    except NameError as e:
        print("NameError", e)
f()
