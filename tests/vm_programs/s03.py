def f():
    a = 1
    l = locals()
    exec("a = 5; b = 6", globals(), l)
    print(a, sorted(l.items()))
    print(sorted(locals().items()))
f()
