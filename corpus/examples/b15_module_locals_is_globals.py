# execdiff: versions=2.7,3.12,3.13 origin=example:b15
import sys
print("locals() is globals(): %r" % (locals() is globals()))
print("f_locals is globals(): %r" % (sys._getframe().f_locals is globals()))
exec("mod_var = 1")
print("exec at module level writes globals: %r" % ('mod_var' in globals()))
