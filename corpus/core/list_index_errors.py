# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    [][0]
except IndexError as e:
    print("IndexError: %s" % e)
try:
    [].pop()
except IndexError as e:
    print("IndexError: %s" % e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError: %s" % e)
l = [1, 2]
l[2] = 3
