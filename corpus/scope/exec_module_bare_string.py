# execdiff: versions=2.7,3.12,3.13 origin=scope
exec("x = 1")
print(x)
exec("x = x + 1; y = x * 10")
print(y)
__observe__('xy', (x, y))
