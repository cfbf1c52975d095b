# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("new_name = 5")
    return new_name
f()
