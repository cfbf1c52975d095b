def outer():
    y = 0
    def counter():
        nonlocal y
        y += 1
        return sorted(locals())
    print(counter(), y)
    exec("y = 100")
    print(y, counter())
outer()
