# execdiff: versions=2.7,3.12,3.13 origin=core
print('ab' * 3)
print('a' + 'b')
print(repr('x' * 0))
print(repr('x' * -1))
print(3 * 'yz')
_result = ''.join(str(i) for i in range(5))
print(_result)
__observe__('result', _result)
