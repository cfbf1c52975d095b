# execdiff: versions=2.7,3.12,3.13 origin=scope
def gen():
    d = locals()
    a = 1
    yield sorted(d)
    b = 2
    locals()
    yield sorted(d)
r = list(gen())
print(r)
__observe__('r', r)
