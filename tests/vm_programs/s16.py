def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()
g = gen()
x = next(g)
y = next(g)
print(x is y, sorted(x), sorted(y))
