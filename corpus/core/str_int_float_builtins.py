# execdiff: versions=2.7,3.12,3.13 origin=core
print(str(5) + str(2.5) + str(None) + str(True))
print(repr(float('3')))
print(int(float('3.99')))
print(bool('False'))
print(bool(0.0))
_result = repr(str(10 ** 20))
print(_result)
__observe__('result', _result)
