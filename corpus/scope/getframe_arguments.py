# execdiff: versions=2.7,3.12,3.13 origin=scope
# sys._getframe's argument checks: a negative depth is the current frame, non-integers and
# extra or keyword arguments raise TypeError with each version's wording.
import sys
for a in ((-1,), ('x',), (1.0,), (True,), (0, 1)):
    try:
        f = sys._getframe(*a)
        print('%r %s' % (a, f.f_code.co_name))
    except Exception as e:
        print('%r %s %s' % (a, type(e).__name__, e))
try:
    sys._getframe(depth=0)
except Exception as e:
    print('kw %s %s' % (type(e).__name__, e))
