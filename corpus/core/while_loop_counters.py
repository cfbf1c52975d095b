# execdiff: versions=2.7,3.12,3.13 origin=core
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 8:
        break
    total += i
print(i)
print(total)
__observe__('total', total)
