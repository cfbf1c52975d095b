# execdiff: versions=2.7,3.12,3.13 origin=scope
# 2.7 frames keep the last exception they caught (f_exc_*): sys.exc_info() and a bare raise
# still see it after the handler ended; 3.x clears it when the handler ends.
import sys
def name(t):
    return t.__name__ if t is not None else None
def f():
    try:
        raise ValueError('a')
    except ValueError:
        pass
    return name(sys.exc_info()[0])
print(f())
try:
    raise KeyError('k')
except KeyError:
    pass
print(name(sys.exc_info()[0]))
def g():
    try:
        raise TypeError('t')
    except TypeError:
        pass
    try:
        raise
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(g())
def h():
    return name(sys.exc_info()[0])
try:
    raise IndexError('i')
except IndexError:
    print(h())
print(h())
