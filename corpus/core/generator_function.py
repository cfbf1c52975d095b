# execdiff: versions=2.7,3.12,3.13 origin=core
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = gen(3)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(gen(4)))
__observe__('l', list(gen(2)))
