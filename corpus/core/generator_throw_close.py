# execdiff: versions=2.7,3.12,3.13 origin=core
def gen():
    while True:
        try:
            x = yield 1
            print("got %r" % (x,))
        except ValueError as e:
            print("caught %s" % e)
            yield 'after'
g = gen()
print(next(g))
print(g.send('s'))
print(g.throw(ValueError('v1')))
print(next(g))
print(g.throw(ValueError, 'v2'))
g.close()
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError: %s" % e)
fresh = gen()
try:
    fresh.throw(KeyError('k'))
except KeyError as e:
    print("KeyError: %s" % e)
try:
    next(fresh)
except StopIteration:
    print("fresh is finished")
def fin():
    try:
        yield 1
    finally:
        print("fin ran")
f = fin()
next(f)
try:
    f.throw(TypeError('t'))
except TypeError as e:
    print("TypeError: %s" % e)
