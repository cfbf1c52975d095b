import sys
nonlocal x
w = 2
x = w
def f1(w=x):
    try:
        c = x
        return x
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(w))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
x -= w * w
x -= 54
def f5():
    global x
    try:
        fl = sys._getframe().f_locals
        try:
            v = f1(x)
        except Exception as e:
            __observe__('f5#6', (type(e).__name__, str(e)))
        x = x
        return x
    finally:
        __observe__('f5#7', locals())
try:
    __observe__('m#8', f5())
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
