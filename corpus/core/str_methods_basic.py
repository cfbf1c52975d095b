# execdiff: versions=2.7,3.12,3.13 origin=core
s = "  Hello, World  "
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.upper()))
print(repr(s.lower()))
print(repr(s.replace('l', 'L')))
print(repr(s.find('World')))
print(repr(s.find('zzz')))
print(repr(s.strip().startswith('Hell')))
print(repr(s.strip().endswith('!')))
print(repr('-'.join(['a', 'b', 'c'])))
__observe__('title', 'hello world'.title())
