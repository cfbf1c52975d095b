import sys
a = 19
w = 60
def f1(b, w):
    try:
        del w
        return 1
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(w, w - 29))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    ns5 = {'a': w, 'b': a, 'x': 14}
    exec('__observe__(\'m.x6#7\', vars())\na = b\n', ns5)
    ns5.pop('__builtins__', None)
    __observe__('m#8', ns5)
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
