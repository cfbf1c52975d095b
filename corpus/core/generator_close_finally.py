# execdiff: versions=2.7,3.12,3.13 origin=core
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
for v in gen():
    print(v)
__observe__('g', g)
