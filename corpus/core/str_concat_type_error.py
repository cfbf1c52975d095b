# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    'a' + 1
except TypeError as e:
    print("TypeError: %s" % e)
try:
    1 + 'a'
except TypeError as e:
    print("TypeError: %s" % e)
'x' * 'y'
