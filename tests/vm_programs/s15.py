def f():
    a = 1
    b = 2
    del a
    print(sorted(locals()), vars() == locals())
    print(dir())
f()
