def gen():
    x = 1
    yield sorted(locals())
    y = 2
    yield sorted(locals())
print(list(gen()))
