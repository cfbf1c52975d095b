# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 'global x'
def f():
    x = 'local x'
    del x
    return eval("x")
print(f())
