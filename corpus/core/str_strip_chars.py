# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr('xxhixx'.strip('x')))
print(repr('abcba'.strip('ab')))
print(repr('  \t\n x \n'.strip()))
print(repr('www.example.com'.lstrip('w.')))
_result = repr('file.txt.bak'.rstrip('.bak'))
print(_result)
__observe__('result', _result)
