# execdiff: versions=2.7,3.12,3.13 origin=core
print('ab' * 3)
print('a' + 'b')
print(repr('x' * 0))
print(repr('x' * -1))
print(3 * 'yz')
print(''.join(str(i) for i in range(5)))
