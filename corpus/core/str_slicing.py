# execdiff: versions=2.7,3.12,3.13 origin=core
s = 'abcdefg'
print(s[1:3])
print(s[::-1])
print(s[-2:])
print(s[10:])
print(s[::2])
print(s[5:1:-1])
print(s[-100:2])
__observe__('rev', s[::-1])
