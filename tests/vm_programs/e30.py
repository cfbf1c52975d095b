def f():
    l = locals()
    x = 1
    exec("pass")
    print(sorted(l))
f()
