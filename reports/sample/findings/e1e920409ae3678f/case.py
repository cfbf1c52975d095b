import sys
v = 64
x = v
def f1(c, y, w):
    try:
        try:
            c = eval('45', {'b': x - 15})
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        y = 50
        v = 80
        try:
            __observe__('f1#4', {i: v for i in range(2)})
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        try:
            __observe__('f1#6', list((i for i in range(3))))
            class C7:
                v = w
                try:
                    exec(compile('__observe__(\'f1.C7.x8#9\', vars())\n', '<gen>', 'exec'))
                except Exception as e:
                    __observe__('f1.C7#10', (type(e).__name__, str(e)))
                __observe__('f1.C7#11', locals())
            __observe__('f1#12', locals())
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#14', locals())
try:
    __observe__('m#15', f1(x, 55 * x, 67))
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
try:
    __observe__('m#17', {64 for j in range(2)})
    __observe__('m#18', f1(x, 33, v))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
def f20():
    try:
        try:
            exec('exec(\'__observe__(\\\'f20.x21.x22#23\\\', vars())\\nz = v\\n\')\nfor y in range(1):\n    for x in range(3):\n        b = x\n        x += z\n    y = y\ndel locals()[\'y\']\n', globals(), locals())
        except Exception as e:
            __observe__('f20#24', (type(e).__name__, str(e)))
        fl = sys._getframe().f_locals
        return 8
    finally:
        __observe__('f20#25', locals())
try:
    __observe__('m#26', f20())
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
x = 97
v -= 89
def f28(x, a=29, *, y=v):
    try:
        w = 59 + 63
        if 62 > 19:
            __observe__('f28#29', locals())
            def g30(z, c):
                try:
                    try:
                        exec('print(z)\n__observe__(\'f28.g30.x31#32\', dir())\n', globals(), locals())
                    except Exception as e:
                        __observe__('f28.g30#33', (type(e).__name__, str(e)))
                    try:
                        exec('y = c\ny += 44\ny += v\n', globals(), locals())
                    except Exception as e:
                        __observe__('f28.g30#35', (type(e).__name__, str(e)))
                    return v + 3
                finally:
                    __observe__('f28.g30#36', locals())
            try:
                __observe__('f28#37', g30(w, a))
            except Exception as e:
                __observe__('f28#38', (type(e).__name__, str(e)))
        try:
            exec('exec(\'__observe__(\\\'f28.x39.x40#41\\\', dir())\\nif False:\\n    z = 100\\nif False:\\n    w = 159\\n\')\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f28#42', (type(e).__name__, str(e)))
        x -= w
        x = 18
        return a
    finally:
        __observe__('f28#43', locals())
try:
    __observe__('m#44', f28(x))
except Exception as e:
    __observe__('m#45', (type(e).__name__, str(e)))
b = 79
b = 93
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
