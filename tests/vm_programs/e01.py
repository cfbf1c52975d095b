def f():
    x = 1
    exec("x = 2")
    print(x)
    exec("y = 3")
    print(sorted(locals()))
    print(eval("x + 1"))
f()
