# execdiff: versions=2.7,3.12,3.13 origin=core
print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(17.5, 5))
print(divmod(-1, 2 ** 70))
__observe__('dm', divmod(-17, 5))
