# execdiff: versions=2.7,3.12,3.13 origin=core
for s in ('abc', '1.5', '', '12a'):
    try:
        int(s)
    except ValueError as e:
        print("ValueError: %s" % e)
int('zz', 10)
