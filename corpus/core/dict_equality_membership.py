# execdiff: versions=2.7,3.12,3.13 origin=core
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print('a' in {'a': 1})
print(1 in {'a': 1})
print({1: 'x'} == {1.0: 'x'})
print({True: 'a', 1: 'b'})
_result = len({1: 0, 1.0: 1, True: 2})
print(_result)
__observe__('result', _result)
