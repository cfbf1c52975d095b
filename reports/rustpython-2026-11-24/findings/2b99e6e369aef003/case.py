import sys
y = 87
def f1(z=y, c=76 + y, b=y, *, w=27):
    global y
    try:
        try:
            __observe__('f1#2', list((locals() for j in range(3))))
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        __observe__('f1#4', dir())
        __observe__('f1#5', vars())
        try:
            ns6 = {'x': 31, 'y': c, 'v': c}
            exec('if v > 48:\n    if False:\n        w = 146\n    __observe__(\'f1.x7#8\', locals())\n', ns6)
            ns6.pop('__builtins__', None)
            __observe__('f1#9', ns6)
        except Exception as e:
            __observe__('f1#10', (type(e).__name__, str(e)))
        try:
            pass
        except Exception as e:
            __observe__('f1#11', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#12', locals())
try:
    __observe__('m#13', f1(y - 49, y))
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
y -= 99
def f15(a, v=19, c=y):
    try:
        if 0:
            z = 118
        a += 74
        return c
    finally:
        __observe__('f15#16', locals())
try:
    __observe__('m#17', f15(y, y, y))
except Exception as e:
    __observe__('m#18', (type(e).__name__, str(e)))
if 19 > 40:
    x = y
else:
    y -= x
    x = x
    def f19(b):
        try:
            z = 7
            try:
                v = f1(z, z * 73)
            except Exception as e:
                __observe__('f19#20', (type(e).__name__, str(e)))
            b += y
            return 15
        finally:
            __observe__('f19#21', locals())
__observe__('m#22', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
