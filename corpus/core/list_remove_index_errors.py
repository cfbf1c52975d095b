# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    [1, 3].remove(2)
except ValueError as e:
    print("ValueError: %s" % e)
try:
    [1, 3].index(2)
except ValueError as e:
    print("ValueError: %s" % e)
['a'].index('b')
