import sys
y = 50
v = y
v = y
def f1():
    try:
        print(89 + y)
        def g2(b):
            try:
                __observe__('f1.g2#3', locals())
                try:
                    __observe__('f1.g2#4', {4 - j for j in range(2)})
                except Exception as e:
                    __observe__('f1.g2#5', (type(e).__name__, str(e)))
                h6 = (lambda x=b, a=85, *, c=9 * b: a)
                if False:
                    x = 121
                b += b - 31
                return v
            finally:
                __observe__('f1.g2#7', locals())
        try:
            __observe__('f1#8', g2(y))
        except Exception as e:
            __observe__('f1#9', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('f1#10', locals())
try:
    __observe__('m#11', f1())
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
