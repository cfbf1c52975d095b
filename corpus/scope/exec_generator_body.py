# execdiff: versions=2.7,3.12,3.13 origin=scope
def gen():
    a = 1
    exec("a = 2")
    yield a
    exec("b = 3")
    yield sorted(locals().keys())
print(list(gen()))
__observe__('r', list(gen()))
