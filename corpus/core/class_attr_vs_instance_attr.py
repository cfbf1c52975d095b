# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    shared = []
    count = 0
a = C()
b = C()
a.shared.append(1)
a.count += 1
print(b.shared)
print(b.count)
print(a.count)
print(C.count)
print('count' in a.__dict__)
__observe__('a', a)
__observe__('b', b)
