import sys
z = 47
v = 6 + 45
c = z
def f1(c, *, y=64 - z):
    global v
    try:
        try:
            del locals()['v']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        return z
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1(z))
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
try:
    __observe__('m#6', {46 + j for j in range(3)})
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
