x = 10
def f():
    print(eval("x"))
    exec("x = 20")
    print(x)
f()
print(x)
