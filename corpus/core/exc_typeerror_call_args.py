# execdiff: versions=2.7,3.12,3.13 origin=core
def f(a):
    return a
def g(a, b=2):
    return a
for call in (lambda: f(1, 2, 3), lambda: f(), lambda: g(), lambda: g(1, 2, 3), lambda: f(b=1), lambda: f(1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError: %s" % e)
