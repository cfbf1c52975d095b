# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr(float('1.5')))
print(repr(float('  2 ')))
print(repr(float('inf')))
print(repr(float('-inf')))
print(repr(float(3)))
print(repr(float(2 ** 70)))
for s in ('abc', '1,5'):
    try:
        float(s)
    except ValueError as e:
        print("ValueError: %s" % e)
