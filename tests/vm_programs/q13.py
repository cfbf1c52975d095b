def f():
    x = 1
    r = eval("[x + i for i in range(2)]")
    print(r)
    s = eval("[locals() for i in range(1)]")
    print(sorted(s[0]))
f()
