import sys
b = 38
z = b
c = 77 - 0
def f1():
    try:
        fl = sys._getframe().f_locals
        __observe__('f1#2', locals())
        __observe__('f1#3', locals())
        for v in range(2):
            print((98 + 29) * (30 - c))
        try:
            a = z - b
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        return 54
    finally:
        __observe__('f1#5', locals())
try:
    __observe__('m#6', f1())
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
__observe__('m#8', dir())
def r9(n, z, a=31, y=z):
    try:
        if n > 0:
            __observe__('r9#10', r9(n - 1, z, a, y))
        try:
            del sys._getframe().f_locals['x']
        except Exception as e:
            __observe__('r9#11', (type(e).__name__, str(e)))
        return y + 82
    finally:
        __observe__('r9#12', locals())
try:
    __observe__('m#13', r9(1, z, b))
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
