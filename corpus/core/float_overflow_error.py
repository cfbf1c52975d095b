# execdiff: versions=2.7,3.12,3.13 origin=core
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError: %s" % e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError: %s" % e)
print(int(1e300) > 0)
int(float('inf'))
