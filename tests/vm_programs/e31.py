def f():
    x = 1
    def g():
        exec("print(x)")
    g()
f()
