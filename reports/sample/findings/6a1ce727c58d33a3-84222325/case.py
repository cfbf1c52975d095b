import sys
v = 2
w = 78
c = w
def f1(x, y, v=28):
    try:
        h2 = (lambda y, a=c: 79)
        __observe__('f1#3', locals())
        y -= v
        return 73
    finally:
        __observe__('f1#4', locals())
try:
    __observe__('m#5', f1(w, 28))
except Exception as e:
    __observe__('m#6', (type(e).__name__, str(e)))
def f7(y, b, x=c):
    try:
        print(y)
        del x
        b = y
        x = 22
        b = 46
        return y
    finally:
        __observe__('f7#8', locals())
try:
    __observe__('m#9', f7(24, v, 38))
except Exception as e:
    __observe__('m#10', (type(e).__name__, str(e)))
try:
    __observe__('m#11', {95 + i for i in range(2)})
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
try:
    __observe__('m#13', {65 for j in range(3)})
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
def f15(a, w):
    try:
        try:
            ns16 = {'b': 0, 'v': c, 'w': w}
            exec('w += w\n', ns16)
            ns16.pop('__builtins__', None)
            __observe__('f15#18', ns16)
        except Exception as e:
            __observe__('f15#19', (type(e).__name__, str(e)))
        try:
            del locals()['c']
        except Exception as e:
            __observe__('f15#20', (type(e).__name__, str(e)))
        return a + 32
    finally:
        __observe__('f15#21', locals())
try:
    __observe__('m#22', f15(v, w))
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
v += 36 - v
def f24(v=w * 2, x=w, b=v):
    try:
        y = w - v
        try:
            exec('print(92)\n')
        except Exception as e:
            __observe__('f24#26', (type(e).__name__, str(e)))
        try:
            __observe__('f24#27', f1(65, 18))
        except Exception as e:
            __observe__('f24#28', (type(e).__name__, str(e)))
        z = 21 * 2 - w
        y = 11
        return 7
    finally:
        __observe__('f24#29', locals())
try:
    __observe__('m#30', f24(v, v, v * 2))
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
try:
    exec('try:\n    __observe__(\'m.x32#33\', sorted(((k, v) for k, v in locals().items() if k[:2] != \'__\')))\n    z = w\n    try:\n        exec(\'print(c + c)\\n\')\n        exec(\'w = v\\nw += v\\n\')\n        __observe__(\'m.x32#36\', dir())\n    except Exception as e:\n        __observe__(\'m.x32#37\', (type(e).__name__, str(e)))\nexcept Exception as e:\n    __observe__(\'m.x32#38\', (type(e).__name__, str(e)))\n')
except Exception as e:
    __observe__('m#39', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
