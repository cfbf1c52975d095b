def f():
    for i in range(3):
        pass
    print(i)
    exec("i = 10")
    print(i)
    print(eval("i"))
f()
