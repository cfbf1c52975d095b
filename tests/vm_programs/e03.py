def outer():
    x = 1
    def inner():
        print(sorted(locals()))
        return x
    print(sorted(locals()))
    return inner
outer()()
