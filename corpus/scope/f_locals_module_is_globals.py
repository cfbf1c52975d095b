# execdiff: versions=2.7,3.12,3.13 origin=scope
import sys
fl = sys._getframe().f_locals
print(type(fl).__name__)
print(fl is globals())
fl['made_here'] = 1
print(made_here)
