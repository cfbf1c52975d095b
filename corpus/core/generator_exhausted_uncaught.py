# execdiff: versions=2.7,3.12,3.13 origin=core
def gen():
    yield 1
g = gen()
next(g)
next(g)
