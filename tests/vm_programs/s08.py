def f():
    x = 1
    def g():
        y = 2
        def h():
            return x + y
        return h
    return g()
h = f()
print(h(), [c.cell_contents for c in h.__closure__], h.__code__.co_freevars)
