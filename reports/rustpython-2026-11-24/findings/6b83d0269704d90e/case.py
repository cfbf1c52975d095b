import sys
c = 42
x = 0
x = x - 6
def f1(c, b=c, z=84, *, a=43):
    try:
        c = b
        del b
        def g2(z):
            try:
                try:
                    del sys._getframe().f_locals['x']
                except Exception as e:
                    __observe__('f1.g2#3', (type(e).__name__, str(e)))
                return z
            finally:
                __observe__('f1.g2#4', locals())
        try:
            __observe__('f1#5', g2(22))
        except Exception as e:
            __observe__('f1#6', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#7', locals())
try:
    __observe__('m#8', f1(c + c))
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
