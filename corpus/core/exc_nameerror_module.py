# execdiff: versions=2.7,3.12,3.13 origin=core
print("start")
undefined_thing + 1
