# execdiff: versions=2.7,3.12,3.13 origin=core
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print("%s: %s" % (type(e).__name__, e))
