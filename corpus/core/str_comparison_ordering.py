# execdiff: versions=2.7,3.12,3.13 origin=core
print('a' < 'b')
print('Z' < 'a')
print('abc' < 'abd')
print('ab' < 'abc')
print(sorted(['b', 'A', 'a', 'B', '_']))
print(max('hello'))
print(min(['pear', 'apple']))
