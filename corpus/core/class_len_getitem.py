# execdiff: versions=2.7,3.12,3.13 origin=core
class Seq(object):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
s = Seq()
print(len(s))
print(list(s))
print(s[1])
print(20 in s)
print(bool(s))
__observe__('s', s)
