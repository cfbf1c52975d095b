# execdiff: versions=2.7,3.12,3.13 origin=core
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print("RuntimeError: %s" % e)
print(len(d))
__observe__('d', d)
