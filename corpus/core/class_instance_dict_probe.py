# execdiff: versions=2.7,3.12,3.13 origin=core
class P(object):
    def __init__(self):
        self.a = 1
        self.b = [1, 2]
p = P()
p.c = 'x'
print(sorted(vars(p)))
__observe__('p', p)
__observe__('cls', P)
