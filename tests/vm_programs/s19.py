def f(a, b):
    print(sorted(locals().items()))
    a = 10
    del b
    print(sorted(locals().items()))
f(1, 2)
