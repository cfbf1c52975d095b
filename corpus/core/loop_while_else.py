# execdiff: versions=2.7,3.12,3.13 origin=core
n = 3
while n > 0:
    n -= 1
else:
    print("while else %d" % n)
while True:
    n += 1
    if n > 2:
        break
else:
    print("never")
print(n)
__observe__('n', n)
