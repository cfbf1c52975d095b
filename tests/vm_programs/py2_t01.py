def f():
    a = 1
    exec "b = a + 1"
    print a, b
f()
