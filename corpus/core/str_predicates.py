# execdiff: versions=2.7,3.12,3.13 origin=core
for s in ('123', 'abc', 'aBc', '   ', 'a1', '', 'ABC'):
    print("%r %r %r %r %r %r" % (s, s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.isalnum()))
