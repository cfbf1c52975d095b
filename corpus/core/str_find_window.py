# execdiff: versions=2.7,3.12,3.13 origin=core
s = 'abcabcab'
print((s.find('b', 2), s.find('b', -3), s.rfind('b', 0, 5), s.count('ab', 1)))
print((s.count('', 2, 4), s.index('c', 3), s.rindex('a', 0, -1)))
print((s.find('', 8), s.find('', 9), s.count('', 10), s.rfind(''), s.find('a', 5, 2)))
print(repr('a\tbc\tdef\n\tx'.expandtabs()))
print(repr('ab\tc'.expandtabs(0)))
print(repr('x\ty'.expandtabs(3)))
try:
    s.rindex('z', 1)
except ValueError as e:
    print("ValueError: %s" % e)
