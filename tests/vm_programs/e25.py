def counter():
    n = [0]
    def inc():
        n[0] += 1
        return n[0]
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents)
