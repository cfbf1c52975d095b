# execdiff: versions=2.7,3.12,3.13 origin=core
for fmt in ('{} {}', '{1}', '{x}', '{0:d}'):
    try:
        print(fmt.format('a'))
    except (IndexError, KeyError, ValueError) as e:
        print("%s: %s" % (type(e).__name__, e))
