# execdiff: versions=3.12,3.13 origin=core
def gen():
    yield 1
    return 'result'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value))
__observe__('g', g)
