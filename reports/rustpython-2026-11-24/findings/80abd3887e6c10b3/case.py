import sys
z = 59 - (77 + 70)
b = z - z - 45
def f1(c=z):
    global b
    try:
        try:
            exec('__observe__(\'f1.x2#3\', vars())\nif 0:\n    a = 196\n', globals(), locals())
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        return 13
    finally:
        __observe__('f1#5', locals())
try:
    __observe__('m#6', f1(b))
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
def f8():
    try:
        def g9():
            try:
                def g10(z=z):
                    try:
                        z -= 23
                        del z
                        a = 91
                        __observe__('f8.g9.g10#11', locals())
                        if a - 35 > 5:
                            a += a
                            a += a
                            try:
                                __observe__('f8.g9.g10#12', {20 - j for j in range(2)})
                            except Exception as e:
                                __observe__('f8.g9.g10#13', (type(e).__name__, str(e)))
                        else:
                            pass
                        return 34
                    finally:
                        __observe__('f8.g9.g10#14', locals())
                try:
                    __observe__('f8.g9#15', g10(14 - 72))
                except Exception as e:
                    __observe__('f8.g9#16', (type(e).__name__, str(e)))
                a = 86
                try:
                    exec('__observe__(\'f8.g9.x17#18\', [59 for i in range(2)])\n', globals(), locals())
                except Exception as e:
                    __observe__('f8.g9#19', (type(e).__name__, str(e)))
                return 71
            finally:
                __observe__('f8.g9#20', locals())
        def g21():
            try:
                w = b - 58
                try:
                    exec('__observe__(\'f8.g21.x22#23\', locals())\nexec(\'v = b\\nv += w\\n\')\ny = v\n', globals(), locals())
                except Exception as e:
                    __observe__('f8.g21#25', (type(e).__name__, str(e)))
                try:
                    x = g9()
                except Exception as e:
                    __observe__('f8.g21#26', (type(e).__name__, str(e)))
                try:
                    exec(compile('exec(compile(\'del y\\nx = 50\\nx -= 19\\n\', \'<gen>\', \'exec\'))\nexec(\'try:\\n    v = b\\n    a = w + 16\\nexcept Exception as e:\\n    __observe__(\\\'f8.g21.x27.x29#30\\\', (type(e).__name__, str(e)))\\nfor w in range(3):\\n    __observe__(\\\'f8.g21.x27.x29#31\\\', {w for i in range(1)})\\n    __observe__(\\\'f8.g21.x27.x29#32\\\', locals())\\n    if x + 47 > 36:\\n        __observe__(\\\'f8.g21.x27.x29#33\\\', list((locals() for j in range(2))))\\ndel locals()[\\\'z\\\']\\n\')\nexec(\'z = 26\\n__observe__(\\\'f8.g21.x27.x34#35\\\', {84 for j in range(1)})\\ny = 22 + b\\n\')\n', '<gen>', 'exec'), globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f8.g21#36', (type(e).__name__, str(e)))
                return 57
            finally:
                __observe__('f8.g21#37', locals())
        try:
            __observe__('f8#38', g21())
        except Exception as e:
            __observe__('f8#39', (type(e).__name__, str(e)))
        try:
            ns40 = {'b': z, 'x': z * b, 'y': z, 'v': 53}
            exec('if b > 0:\n    ns42 = {\'b\': 39, \'y\': b, \'w\': b}\n    exec(\'w = y\\na = 39\\n\', ns42)\n    ns42.pop(\'__builtins__\', None)\n    __observe__(\'f8.x41#44\', ns42)\n    x = x\n    __observe__(\'f8.x41#46\', eval(\'6\', {\'v\': 12 + b}))\n', ns40)
            ns40.pop('__builtins__', None)
            __observe__('f8#47', ns40)
        except Exception as e:
            __observe__('f8#48', (type(e).__name__, str(e)))
        try:
            __observe__('f8#50', eval('76', {'a': 82 * 88, 'y': 19 * z, 'z': b}))
        except Exception as e:
            __observe__('f8#51', (type(e).__name__, str(e)))
        return b * 32
    finally:
        __observe__('f8#52', locals())
try:
    __observe__('m#53', f8())
except Exception as e:
    __observe__('m#54', (type(e).__name__, str(e)))
def f55():
    global z
    try:
        try:
            __observe__('f55#56', f1())
        except Exception as e:
            __observe__('f55#57', (type(e).__name__, str(e)))
        return 57 * 23
    finally:
        __observe__('f55#58', locals())
try:
    __observe__('m#59', f55())
except Exception as e:
    __observe__('m#60', (type(e).__name__, str(e)))
b = (34 + b) * b
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
