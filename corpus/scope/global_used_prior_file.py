# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 5
def f():
    y = x
    global x
    x = 6
    return y
print(f())
print(x)
