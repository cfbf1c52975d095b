def gen():
    got = yield 1
    print("got", got)
    yield 2
g = gen()
print(next(g))
print(g.send("hi"))
try:
    next(g)
except StopIteration:
    print("done")
