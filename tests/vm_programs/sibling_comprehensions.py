def f():
    y = [x for x in range(3)]
    return sorted(locals())
print(f())
def g():
    y = [x for x in range(3)]
    x = 5
    return {k: x for k in [0]}
print(g())
