# execdiff: versions=2.7,3.12,3.13 origin=core
class I(object):
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[I(2)], l[I(-1)], l[I(1):I(4)], l[::I(3)], 'abcdef'[I(1)], (1, 2, 3)[I(0)])
l[I(0)] = 'z'
del l[I(1)]
print(l)
class Bad(object):
    def __index__(self):
        return 'x'
for thunk in (lambda: l[Bad()], lambda: l[object()], lambda: l[I(50)]):
    try:
        thunk()
    except (TypeError, IndexError) as e:
        print("%s: %s" % (type(e).__name__, e))
