# execdiff: versions=2.7,3.12,3.13 origin=core
def append(v, acc=[]):
    acc.append(v)
    return acc
print(append(1))
print(append(2))
print(append(3, []))
print(append(4))
__observe__('defaults', append.__defaults__)
