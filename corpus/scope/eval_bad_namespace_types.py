# execdiff: versions=2.7,3.12,3.13 origin=scope
for args in [({}, 5), (5,), ([],)]:
    try:
        eval("1", *args)
    except TypeError as e:
        print("TypeError: %s" % e)
