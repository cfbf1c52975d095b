print "a", "b",
print "c"
print 1,
print
print "x\n",
print "y"
