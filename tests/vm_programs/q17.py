def f():
    a = 1
    def g():
        b = 2
        return eval("a") if False else locals()
    print(g())
    print(eval("a"), eval("(lambda: a)()") if False else None)
f()
