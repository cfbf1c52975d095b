# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    x = 1
    exec("y = 2")
    def g():
        return x
    return g()
print(f())
