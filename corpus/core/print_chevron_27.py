# execdiff: versions=2.7 origin=core
import sys
print >>sys.stdout, "to stdout", 1
print >>sys.stderr, "to stderr"
print >>None, "None target"
print >>sys.stdout
print "done"
