# execdiff: versions=2.7,3.12,3.13 origin=example:a09
x = 0
def f():
    global x
    exec("x = 5")
    return x
def g():
    exec("global x; x = 7")
    return x
print("f() -> %r, module x=%r" % (f(), x))
print("g() -> %r, module x=%r" % (g(), x))
