# execdiff: versions=2.7,3.12,3.13 origin=example:d01
print("a", "b")
print("x")
print()
print("%s %s" % ("c", "d"))
