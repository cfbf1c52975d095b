# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    max([])
except ValueError as e:
    print("ValueError: %s" % e)
try:
    min(())
except ValueError as e:
    print("ValueError: %s" % e)
try:
    max(1)
except TypeError as e:
    print("TypeError: %s" % e)
