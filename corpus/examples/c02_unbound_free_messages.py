# execdiff: versions=2.7,3.12,3.13 origin=example:c02
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print("inner reads unbound free var: %s: %s" % (type(e).__name__, e))
    try:
        print(x)
    except NameError as e:
        print("outer reads unbound cell var: %s: %s" % (type(e).__name__, e))
    x = 1
outer()
