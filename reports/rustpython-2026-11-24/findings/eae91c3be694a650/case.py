import sys
v = 16
v = v - v
def f1(z):
    try:
        def r2(n, v=2 - 10, x=z, a=z):
            nonlocal z
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, v, x, a))
                try:
                    print(4)
                except Exception as e:
                    __observe__('f1.r2#4', (type(e).__name__, str(e)))
                del z
                __observe__('f1.r2#5', locals())
                return 18
            finally:
                __observe__('f1.r2#6', locals())
        try:
            __observe__('f1#7', r2(3))
        except Exception as e:
            __observe__('f1#8', (type(e).__name__, str(e)))
        d = locals()
        y = 49
        return y
    finally:
        __observe__('f1#9', locals())
try:
    __observe__('m#10', f1(v))
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
