# execdiff: versions=2.7,3.12,3.13 origin=core
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr('a\nb\tc\\'))
print(repr('\x00\x7f'))
print(repr(''))
__observe__('q', repr("it's"))
