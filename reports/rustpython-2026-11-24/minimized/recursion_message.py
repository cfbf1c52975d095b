def f(n):
    return f(n+1)
try:
    f(0)
except RecursionError as e:
    __observe__("r", str(e))
import sys
__observe__("lim", sys.getrecursionlimit())
