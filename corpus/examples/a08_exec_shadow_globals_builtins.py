# execdiff: versions=2.7,3.12,3.13 origin=example:a08
x = 'global x'
def f():
    exec("x = 'exec x'")
    return x
def g():
    exec("len = 'exec len'")
    return len
print(f())
print(g())
