# execdiff: versions=2.7,3.12,3.13 origin=core
s = 'abc'
print(s[2])
print(s[-3])
s[5]
