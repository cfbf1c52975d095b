def f():
    d = locals()
    a = 1
    print(sorted(d))
    locals()
    print(sorted(d))
    b = 2
    print(sorted(d), d is locals(), sorted(d))
f()
