# execdiff: versions=2.7,3.12,3.13 origin=core
it = iter([1])
print(next(it))
print(next(it, 'default'))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError: %s" % e)
__observe__('it', it)
