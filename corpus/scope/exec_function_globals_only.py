# execdiff: versions=2.7,3.12,3.13 origin=scope
def f():
    exec("created = 1", globals())
    return created
print(f())
print(created)
__observe__('created', created)
