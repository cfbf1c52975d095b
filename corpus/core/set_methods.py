# execdiff: versions=2.7,3.12,3.13 origin=core
s = set([1, 2])
s.add(3)
s.discard(10)
s.discard(1)
print(sorted(s))
print(s.pop() in (2, 3))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError: %s" % e)
s.update([7, 8])
print(len(s))
__observe__('s', s)
