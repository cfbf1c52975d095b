# execdiff: versions=2.7 origin=example:d02
import sys
print "a", "b"
print "c",
print "d"
print >>sys.stdout, "e", 1, 2L
print
print ("f"),
print "g"
x = 1,
print x
