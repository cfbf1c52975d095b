def f():
    global q
    q = 1
    exec("q = 2")
    print(q)
f()
print(q)
