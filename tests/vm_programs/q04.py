def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())
