# execdiff: versions=2.7,3.12,3.13 origin=core
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.norm2())
p.x = 6
print(p.norm2())
print(sorted(p.__dict__.items()))
__observe__('p', p)
