def f():
    x = 1
    def g():
        return x
    print(g())
    x = 2
    print(g())
    return g
h = f()
print(h(), h.__code__.co_freevars, f.__code__.co_cellvars)
