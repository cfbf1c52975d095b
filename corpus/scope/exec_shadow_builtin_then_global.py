# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("print(len('xyz'))")
    exec("len = 1")
    try:
        exec("print(len('xyz'))")
    except TypeError as e:
        print("TypeError: %s" % e)
f()
