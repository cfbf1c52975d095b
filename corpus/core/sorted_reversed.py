# execdiff: versions=2.7,3.12,3.13 origin=core
print(sorted([3, 1, 2]))
print(sorted('bca'))
print(sorted([3, 1, 2], reverse=True))
print(sorted({'b': 1, 'a': 2}))
print(list(reversed([1, 2, 3])))
print(list(reversed('abc')))
_result = type(reversed([])).__name__
print(_result)
__observe__('result', _result)
