# execdiff: versions=2.7,3.12,3.13 origin=scope
def outer():
    def inner():
        return x
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError: %s" % e)
    x = 1
    print(c.cell_contents)
    return inner
outer()
