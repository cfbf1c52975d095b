# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError: %s" % e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError: %s" % e)
_result = hash((1, 2)) == hash((1, 2))
print(_result)
__observe__('result', _result)
