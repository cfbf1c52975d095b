# execdiff: versions=2.7,3.12,3.13 origin=core
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError: %s" % e)
t += (4,)
print(t)
del t[0]
