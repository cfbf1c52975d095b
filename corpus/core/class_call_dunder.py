# execdiff: versions=2.7,3.12,3.13 origin=core
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(4))
print(callable(add3))
print(callable(Adder))
print(callable(4))
__observe__('add3', add3)
