import sys
w = 52
def f1(v, b):
    try:
        d = locals()
        __observe__('f1#2', locals())
        return b
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1(77, w))
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
def r6(n, c=w, z=44):
    global w
    try:
        if n > 0:
            __observe__('r6#7', r6(n - 1, c, z))
        w -= 98
        if c > 24:
            def g8():
                nonlocal z
                try:
                    try:
                        ns9 = {'b': 10 * 97, 'c': 33, 'z': c, 'v': w}
                        exec('__observe__(\'r6.g8.x10#11\', locals())\nexec(compile(\'__observe__(\\\'r6.g8.x10.x12#13\\\', locals())\\n__observe__(\\\'r6.g8.x10.x12#14\\\', vars())\\n\', \'<gen>\', \'exec\'))\n', {}, ns9)
                        ns9.pop('__builtins__', None)
                        __observe__('r6.g8#15', ns9)
                    except Exception as e:
                        __observe__('r6.g8#16', (type(e).__name__, str(e)))
                    try:
                        ns17 = {'b': w, 'x': 13, 'w': w}
                        exec('y = w\ny += b\n', {}, ns17)
                        ns17.pop('__builtins__', None)
                        __observe__('r6.g8#19', ns17)
                    except Exception as e:
                        __observe__('r6.g8#20', (type(e).__name__, str(e)))
                    h21 = (lambda w=19 * 53, *, b=1: n)
                    if 82 > 30:
                        def r22(n, b=32 * 85, c=z):
                            nonlocal z
                            try:
                                if n > 0:
                                    __observe__('r6.g8.r22#23', r22(n - 1, b, c))
                                try:
                                    exec(compile('v = n - 25\n', '<gen>', 'exec'), globals(), locals())
                                except Exception as e:
                                    __observe__('r6.g8.r22#25', (type(e).__name__, str(e)))
                                try:
                                    ns26 = {'b': b, 'z': 50, 'v': z}
                                    exec('c30 = compile(\'try:\\n    print(v)\\n    w = v * 62\\nexcept Exception as e:\\n    __observe__(\\\'r6.g8.r22.x27.x28#29\\\', (type(e).__name__, str(e)))\\n\', \'<gen>\', \'exec\')\nexec(c30)\ndel v\n', ns26)
                                    ns26.pop('__builtins__', None)
                                    __observe__('r6.g8.r22#31', ns26)
                                except Exception as e:
                                    __observe__('r6.g8.r22#32', (type(e).__name__, str(e)))
                                del z
                                return b
                            finally:
                                __observe__('r6.g8.r22#33', locals())
                        try:
                            __observe__('r6.g8#34', r22(2, 45, 90))
                        except Exception as e:
                            __observe__('r6.g8#35', (type(e).__name__, str(e)))
                        __observe__('r6.g8#36', vars())
                    return 18
                finally:
                    __observe__('r6.g8#37', locals())
            try:
                __observe__('r6#38', g8())
            except Exception as e:
                __observe__('r6#39', (type(e).__name__, str(e)))
        else:
            try:
                exec('for z in range(2):\n    if False:\n        v = 123\n    z += 3\n    __observe__(\'r6.x40#41\', locals())\n__observe__(\'r6.x40#42\', locals())\n', globals=globals(), locals=locals())
            except Exception as e:
                __observe__('r6#43', (type(e).__name__, str(e)))
        return c
    finally:
        __observe__('r6#44', locals())
try:
    __observe__('m#45', r6(4))
except Exception as e:
    __observe__('m#46', (type(e).__name__, str(e)))
del w
def f47():
    try:
        try:
            a = f1(w, 94)
        except Exception as e:
            __observe__('f47#48', (type(e).__name__, str(e)))
        d = locals()
        return 22
    finally:
        __observe__('f47#49', locals())
try:
    __observe__('m#50', f47())
except Exception as e:
    __observe__('m#51', (type(e).__name__, str(e)))
def f52(y, v, b):
    try:
        __observe__('f52#53', dir())
        def g54(w):
            try:
                w += w * 38
                class C55:
                    try:
                        del globals()['z']
                    except Exception as e:
                        __observe__('f52.g54.C55#56', (type(e).__name__, str(e)))
                    __observe__('f52.g54.C55#57', locals())
                try:
                    ns58 = {'c': 30, 'x': y, 'w': y}
                    exec('__observe__(\'f52.g54.x59#60\', locals())\n', ns58)
                    ns58.pop('__builtins__', None)
                    __observe__('f52.g54#61', ns58)
                except Exception as e:
                    __observe__('f52.g54#62', (type(e).__name__, str(e)))
                return w
            finally:
                __observe__('f52.g54#63', locals())
        try:
            __observe__('f52#64', g54(y))
        except Exception as e:
            __observe__('f52#65', (type(e).__name__, str(e)))
        globals()['a'] = 17 + v
        if 50 > 45:
            b -= 74 * b
        b = y
        return v
    finally:
        __observe__('f52#66', locals())
try:
    __observe__('m#67', f52(73, 15, 18))
except Exception as e:
    __observe__('m#68', (type(e).__name__, str(e)))
def f69(z):
    try:
        z -= 57
        try:
            exec('v = z + z\nv += a\na = 78\n', globals(), locals())
        except Exception as e:
            __observe__('f69#71', (type(e).__name__, str(e)))
        try:
            exec(compile('w = w\n__observe__(\'f69.x72#73\', vars())\nif a + w > 13:\n    y = a\n    y = 52\nelse:\n    __observe__(\'f69.x72#74\', locals())\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f69#75', (type(e).__name__, str(e)))
        def g76(x, c=z * z):
            try:
                try:
                    c = f52(32, z, 3 - 26)
                except Exception as e:
                    __observe__('f69.g76#77', (type(e).__name__, str(e)))
                try:
                    exec(compile('exec(compile(\'y = a + x\\ny -= c - 26\\n\', \'<gen>\', \'exec\'))\n__observe__(\'f69.g76.x78#80\', locals())\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f69.g76#81', (type(e).__name__, str(e)))
                try:
                    c84 = compile('for x in range(2):\n    w = a\n    if 29 > 29:\n        exec(\'z = 48 - 23\\nif False:\\n    y = 145\\n\')\n    else:\n        del c\n    w -= c * x\n', '<gen>', 'exec')
                    exec(c84, globals(), locals())
                except Exception as e:
                    __observe__('f69.g76#85', (type(e).__name__, str(e)))
                __observe__('f69.g76#86', dir())
                try:
                    __observe__('f69.g76#88', eval('x * 22'))
                except Exception as e:
                    __observe__('f69.g76#89', (type(e).__name__, str(e)))
                return x
            finally:
                __observe__('f69.g76#90', locals())
        try:
            __observe__('f69#91', g76(z))
        except Exception as e:
            __observe__('f69#92', (type(e).__name__, str(e)))
        return z
    finally:
        __observe__('f69#93', locals())
try:
    __observe__('m#94', f69(41))
except Exception as e:
    __observe__('m#95', (type(e).__name__, str(e)))
c = 11
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
