# execdiff: versions=2.7 origin=core
print 017
print 0o17
print 0x1F, 0b101
print 010 + 1
