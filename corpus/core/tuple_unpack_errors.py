# execdiff: versions=2.7,3.12,3.13 origin=core
for src in ("a, b = [1, 2, 3]", "a, b = [1]", "a, b = 1", "a, = []"):
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print("%s: %s" % (type(e).__name__, e))
