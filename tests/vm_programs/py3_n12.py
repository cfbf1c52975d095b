def f():
    val = 1
    print(vall)
f()
