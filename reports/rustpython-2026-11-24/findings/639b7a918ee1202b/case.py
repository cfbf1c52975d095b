import sys
y = 32
def f1():
    try:
        try:
            del sys._getframe().f_locals['b']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1())
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
