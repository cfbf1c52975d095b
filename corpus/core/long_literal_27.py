# execdiff: versions=2.7 origin=core
a = 10L
b = 0L
c = 0xffL
print repr(a), repr(b), repr(c)
print type(a).__name__, a == 10, a + 1
print repr(int(a)), repr(long(3))
__observe__('a', a)
__observe__('int_of_long', int(a))
