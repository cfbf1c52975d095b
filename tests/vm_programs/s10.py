x = 1
def f():
    x = 2
    def g():
        global x
        return x
    return g()
print(f())
def h():
    exec("global x; x = 99")
h()
print(x)
