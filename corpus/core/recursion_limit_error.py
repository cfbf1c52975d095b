# execdiff: versions=2.7,3.12,3.13 origin=core
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print("%s: %s" % (type(e).__name__, e))
_result = sys.getrecursionlimit()
print(_result)
__observe__('result', _result)
