import sys
z = 54
def f1():
    try:
        __observe__('f1#2', locals())
        try:
            __observe__('f1#3', {85 * i for i in range(3)})
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        return z - 54
    finally:
        __observe__('f1#5', locals())
try:
    __observe__('m#6', f1())
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
try:
    __observe__('m#8', f1())
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
