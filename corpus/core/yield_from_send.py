# execdiff: versions=3.12,3.13 origin=core
def inner():
    got = yield 'i1'
    print('inner got', got)
    return got * 2
def outer():
    r = yield from inner()
    print('outer r', r)
    return r
g = outer()
print(next(g))
try:
    g.send(21)
except StopIteration as e:
    print('stop', e.value, e.args)
def empty():
    return None
    yield
try:
    next(empty())
except StopIteration as e:
    print('empty', e.args)
print(next(iter(empty()), 'dflt'))
