def outer():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    return mid()()
print(outer())
print(outer.__code__.co_cellvars)
