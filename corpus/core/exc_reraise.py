# execdiff: versions=2.7,3.12,3.13 origin=core
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("caught, re-raising")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("outer: %s" % type(e).__name__)
f()
