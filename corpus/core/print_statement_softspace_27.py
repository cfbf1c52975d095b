# execdiff: versions=2.7 origin=core
print "a",
print "b"
print "c\t",
print "d"
print "e\n",
print "f"
import sys
sys.stdout.write("w")
print "x"
