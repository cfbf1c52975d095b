# execdiff: versions=2.7,3.12,3.13 origin=core
for a in (7, -7):
    for b in (3, -3):
        print("%d // %d = %d   %d %% %d = %d   divmod=%r" % (a, b, a // b, a, b, a % b, divmod(a, b)))
print(repr(7.5 // 2))
print(repr(-7.5 % 2))
__observe__('dm', divmod(-7, 3))
