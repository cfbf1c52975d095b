# execdiff: versions=2.7,3.12,3.13 origin=core
for i in range(3):
    pass
print(i)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print("NameError: %s" % e)
