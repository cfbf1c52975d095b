# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
print(who())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError: %s" % e)
