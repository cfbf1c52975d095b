# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    squares = list(map(lambda v: v * v, vals))
print(C.total)
print(C.squares)
