import sys
z = 59
b = z - z - 19
c = z
def f1():
    try:
        try:
            c4 = compile('__observe__(\'f1.x2#3\', [z for i in range(3)])\nglobals()[\'v\'] = b - b\n', '<gen>', 'exec')
            exec(c4, globals(), locals())
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        def g6(z):
            try:
                class C7:
                    w = 55
                    try:
                        ns8 = {'b': v, 'y': 7 - b, 'w': w}
                        exec('__observe__(\'f1.g6.C7.x9#10\', locals())\nif 0:\n    v = 142\nv = w + y\n', ns8)
                        ns8.pop('__builtins__', None)
                        __observe__('f1.g6.C7#11', ns8)
                    except Exception as e:
                        __observe__('f1.g6.C7#12', (type(e).__name__, str(e)))
                    z = 7
                    __observe__('f1.g6.C7#13', locals())
                z += 36 * b
                return z
            finally:
                __observe__('f1.g6#14', locals())
        try:
            __observe__('f1#15', g6(73))
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        return z
    finally:
        __observe__('f1#17', locals())
try:
    __observe__('m#18', f1())
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
b += 75
def f20(y, c, a, *, x=6):
    global z
    try:
        __observe__('f20#21', dir())
        return z + a
    finally:
        __observe__('f20#22', locals())
try:
    __observe__('m#23', f20(27, 21, 62))
except Exception as e:
    __observe__('m#24', (type(e).__name__, str(e)))
b = z
__observe__('m#25', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
