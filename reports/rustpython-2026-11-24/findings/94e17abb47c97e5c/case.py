import sys
x = 0
x = x
v = x
def f1(b=x, w=v, *, z=25):
    try:
        if v > 36:
            y = x - x
        else:
            b += v
            if 0:
                y = 123
            y -= x * v
        return w
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(53))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
