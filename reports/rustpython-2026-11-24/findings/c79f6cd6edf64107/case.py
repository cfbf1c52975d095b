import sys
v = 89
def f1(w, z, x=v):
    try:
        h2 = (lambda a=39: a - a + v)
        def r3(n):
            nonlocal x
            try:
                if n > 0:
                    __observe__('f1.r3#4', r3(n - 1))
                del n
                del x
                return w
            finally:
                __observe__('f1.r3#5', locals())
        try:
            __observe__('f1#6', r3(5))
        except Exception as e:
            __observe__('f1#7', (type(e).__name__, str(e)))
        try:
            a = h2(x)
        except Exception as e:
            __observe__('f1#8', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('f1#9', locals())
try:
    __observe__('m#10', f1(71, 43))
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
