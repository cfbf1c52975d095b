import sys
c = 15
b = c
v = 25 - 29 + b
def f1(y, w, b=v):
    try:
        try:
            c3 = compile('w * c', '<gen>', 'eval')
            __observe__('f1#4', eval(c3))
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        return 8
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1(14, 38, b))
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
b += 41
__observe__('m#9', sys._getframe().f_locals)
def f10():
    try:
        def g11(c, x):
            try:
                try:
                    exec(compile('__observe__(\'f10.g11.x12#13\', {63 + i for i in range(2)})\nif 0:\n    w = 102\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f10.g11#14', (type(e).__name__, str(e)))
                __observe__('f10.g11#15', dir())
                return b - 46
            finally:
                __observe__('f10.g11#16', locals())
        try:
            __observe__('f10#17', g11(v, c))
        except Exception as e:
            __observe__('f10#18', (type(e).__name__, str(e)))
        return 1
    finally:
        __observe__('f10#19', locals())
try:
    __observe__('m#20', f10())
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
b -= 63
def f22():
    try:
        for x in range(1):
            __observe__('f22#23', locals())
            __observe__('f22#24', dir())
            h25 = (lambda y=c - x, b=c: v)
        print(c)
        try:
            a = eval('65', {'v': b - x})
        except Exception as e:
            __observe__('f22#27', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f22#28', locals())
try:
    __observe__('m#29', f22())
except Exception as e:
    __observe__('m#30', (type(e).__name__, str(e)))
try:
    exec('ns32 = {\'a\': c, \'x\': b}\nexec(\'del locals()[\\\'v\\\']\\n__observe__(\\\'m.x31.x33#34\\\', globals().get(\\\'z\\\'))\\n\', {}, ns32)\nns32.pop(\'__builtins__\', None)\n__observe__(\'m.x31#35\', ns32)\nif v > 31:\n    if False:\n        a = 104\ny = 58\n')
except Exception as e:
    __observe__('m#36', (type(e).__name__, str(e)))
if 0:
    v = 138
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
