# execdiff: versions=2.7,3.12,3.13 origin=scope
x = 1
del globals()['x']
try:
    print(x)
except NameError as e:
    print("NameError: %s" % e)
