def f():
    a = 1
    b = 2
    exec("del a")
    print(sorted(locals()))
f()
