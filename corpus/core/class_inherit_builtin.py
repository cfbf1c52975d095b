# execdiff: versions=2.7,3.12,3.13 origin=core
class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return 'missing:' + key
l = MyList([1, 2, 3])
l.append(4)
print(l.total())
print(l)
d = MyDict(a='1')
print(d['a'])
print(d['zz'])
print(type(l).__name__)
__observe__('l', l)
__observe__('d', d)
