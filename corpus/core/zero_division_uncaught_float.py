# execdiff: versions=2.7,3.12,3.13 origin=core
x = 0.0
print("before")
y = 5.0 % x
