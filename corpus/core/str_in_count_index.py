# execdiff: versions=2.7,3.12,3.13 origin=core
print('b' in 'abc')
print('' in 'abc')
print('abcabc'.count('bc'))
print('abcabc'.index('c'))
print('abcabc'.rindex('c'))
'abc'.index('z')
