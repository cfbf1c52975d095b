# execdiff: versions=2.7,3.12,3.13 origin=core
print(1 < 2 < 3)
print(1 < 2 > 0)
print(3 > 2 > 2)
print(1 == 1.0)
print(1 != 2)
print('a' < 'b' < 'c')
print((1, 2) < (1, 3))
print([1, 2] == [1, 2])
x = 5
print(0 < x <= 5)
__observe__('r', 1 < x < 10)
