def f():
    a = 1
    def g():
        nonlocal_like = a
        return locals()
    return g()
print(f())
