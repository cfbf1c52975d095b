def f():
    x = 1
    def g():
        print(eval("x"))
    g()
f()
