def f():
    for i in range(2):
        exec("j = %d" % i)
    print(sorted(locals()))
    x = eval("j")
    print(x)
f()
