# execdiff: versions=2.7,3.12,3.13 origin=core
n = 3 ** 100
print(n)
print(-(2 ** 100))
print(len(str(2 ** 1000)))
print(n % 1000007)
print((n * n) // (3 ** 150))
print(n > 2 ** 150)
__observe__('n', n)
