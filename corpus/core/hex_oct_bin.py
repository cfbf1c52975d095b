# execdiff: versions=2.7,3.12,3.13 origin=core
print(hex(255))
print(hex(-1))
print(oct(8))
print(bin(5))
print(bin(-5))
print(hex(2 ** 40))
print(oct(0))
