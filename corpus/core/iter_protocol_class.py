# execdiff: versions=2.7,3.12,3.13 origin=core
class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    next = __next__
print(list(Countdown(3)))
for v in Countdown(2):
    print(v)
