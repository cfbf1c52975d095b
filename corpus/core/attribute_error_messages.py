# execdiff: versions=2.7,3.12,3.13 origin=core
class C(object):
    pass
for obj, name in [(C(), 'missing'), (None, 'foo'), (1, 'bar'), ('s', 'baz'), ([], 'push')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError: %s" % e)
try:
    C.nope
except AttributeError as e:
    print("AttributeError: %s" % e)
import sys
sys.nothing_here
