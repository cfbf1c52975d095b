# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    try:
        return eval("y")
    except NameError as e:
        return "NameError: %s" % e
    y = 1
print(f())
