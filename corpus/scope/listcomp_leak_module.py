# execdiff: versions=2.7,3.12,3.13 origin=scope
[i for i in range(3)]
try:
    print(i)
except NameError as e:
    print("NameError: %s" % e)
