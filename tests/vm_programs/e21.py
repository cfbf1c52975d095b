def f():
    v = 1
    print(eval("v"), eval("v", {"v": 2}), eval("v", {}, {"v": 3}))
    print(vars() is locals())
f()
