def f():
    x = 1
    def g():
        return sorted(locals())
    def h():
        x
        return sorted(locals())
    print(g(), h())
f()
