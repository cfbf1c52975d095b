# execdiff: versions=3.12,3.13 origin=example:c03
def outer():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        print(x)
    except NameError as e:
        print("outer after inner deleted x: %s: %s" % (type(e).__name__, e))
    def inner2():
        nonlocal x
        return x
    try:
        inner2()
    except NameError as e:
        print("inner2 reads it:             %s: %s" % (type(e).__name__, e))
outer()
