# execdiff: versions=2.7,3.12,3.13 origin=core
print(min(3, 1, 2))
print(max([3, 1, 2]))
print(max(['aa', 'b', 'ccc'], key=len))
print(min([(2, 'a'), (1, 'z')]))
print(max('hello'))
_result = min(x for x in [5, 4])
print(_result)
__observe__('result', _result)
