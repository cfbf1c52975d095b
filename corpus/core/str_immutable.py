# execdiff: versions=2.7,3.12,3.13 origin=core
s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print("TypeError: %s" % e)
try:
    del s[0]
except TypeError as e:
    print("TypeError: %s" % e)
print(s)
__observe__('s', s)
