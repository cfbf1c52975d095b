# execdiff: versions=2.7,3.12,3.13 origin=core
for obj in (1, None, 2.5):
    try:
        for x in obj:
            pass
    except TypeError as e:
        print("TypeError: %s" % e)
try:
    len(5)
except TypeError as e:
    print("TypeError: %s" % e)
