# execdiff: versions=2.7,3.12,3.13 origin=core
print(isinstance(1, int))
print(isinstance(True, (str, int)))
print(isinstance('s', str))
print(isinstance([], (tuple, dict)))
print(isinstance(1.0, float))
print(issubclass(bool, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError: %s" % e)
