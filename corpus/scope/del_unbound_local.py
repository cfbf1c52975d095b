# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    if False:
        x = 1
    del x
f()
