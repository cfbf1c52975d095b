# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError: %s" % e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError: %s" % e)
