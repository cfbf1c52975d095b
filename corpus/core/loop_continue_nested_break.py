# execdiff: versions=2.7,3.12,3.13 origin=core
out = []
for i in range(4):
    if i % 2:
        continue
    for j in range(4):
        if j > i:
            break
        out.append((i, j))
print(out)
__observe__('out', out)
