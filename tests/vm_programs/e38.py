def f():
    x = 1
    l1 = locals()
    l2 = locals()
    print(l1 is l2, l1 == l2)
    y = 2
    print(sorted(l1))
f()
