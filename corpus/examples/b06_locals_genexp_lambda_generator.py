# execdiff: versions=2.7,3.12,3.13 origin=example:b06
g = (sorted(locals()) for i in range(1))
print("genexp: %r" % next(g))
print("lambda: %r" % (lambda q: sorted(locals()))(1))
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
it = gen()
first = next(it)
print("generator: %r then %r" % (first, next(it)))
