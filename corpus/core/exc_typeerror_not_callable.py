# execdiff: versions=2.7,3.12,3.13 origin=core
for obj in (1, 'x', None, [1]):
    try:
        obj()
    except TypeError as e:
        print("TypeError: %s" % e)
