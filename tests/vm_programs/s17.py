def f():
    x = 1
    l = [locals() for i in range(1)][0]
    print(sorted(l))
    print(sorted(locals()))
f()
