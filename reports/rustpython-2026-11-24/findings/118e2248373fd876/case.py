import sys
b = 93
a = b
def f1():
    try:
        z = a
        __observe__('f1#2', locals())
        return b
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1())
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
for c in range(2):
    __observe__('m#6', vars())
    y = 96
a = a
def f7(b):
    try:
        a = b * y
        try:
            def g8():
                try:
                    pass
                    return b
                finally:
                    __observe__('f7.g8#9', locals())
            __observe__('f7#10', g8())
            __observe__('f7#11', dir())
        except Exception as e:
            __observe__('f7#12', (type(e).__name__, str(e)))
        def g13(w=2, z=b, a=b):
            try:
                try:
                    exec('if 0:\n    z = 111\n', globals())
                except Exception as e:
                    __observe__('f7.g13#15', (type(e).__name__, str(e)))
                try:
                    del locals()['b']
                except Exception as e:
                    __observe__('f7.g13#16', (type(e).__name__, str(e)))
                a = 92
                return 3
            finally:
                __observe__('f7.g13#17', locals())
        c = a
        return 44
    finally:
        __observe__('f7#18', locals())
try:
    __observe__('m#19', f7(71))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
d = locals()
def f21(z, a=a, b=a):
    try:
        try:
            __observe__('f21#22', f1())
            del locals()['a']
            c = 3
        except Exception as e:
            __observe__('f21#23', (type(e).__name__, str(e)))
        y = z
        try:
            exec('if b > 42:\n    __observe__(\'f21.x24#25\', vars())\n    __observe__(\'f21.x24#26\', {42 for i in range(3)})\n    c = y\nelse:\n    exec(\'del y\\n\')\n__observe__(\'f21.x24#28\', list((j for j in range(3))))\n', globals(), locals())
        except Exception as e:
            __observe__('f21#29', (type(e).__name__, str(e)))
        if 38 * 63 > 37:
            try:
                exec('v = 53\n', globals(), locals())
            except Exception as e:
                __observe__('f21#31', (type(e).__name__, str(e)))
            sys._getframe().f_locals['v'] = 12 + z
            def g32(z, y=z, *, c=z):
                nonlocal a
                try:
                    __observe__('f21.g32#33', dir())
                    x = b
                    def r34(n, v=c, y=18):
                        global c
                        try:
                            if n > 0:
                                __observe__('f21.g32.r34#35', r34(n - 1, v, y))
                            n += 19
                            try:
                                exec('print(33 - 25)\n', globals(), locals())
                            except Exception as e:
                                __observe__('f21.g32.r34#37', (type(e).__name__, str(e)))
                            try:
                                y += 77
                                ns38 = {'a': z + y, 'w': x}
                                exec('try:\n    exec(\'__observe__(\\\'f21.g32.r34.x39.x40#41\\\', locals())\\nprint(w)\\n__observe__(\\\'f21.g32.r34.x39.x40#42\\\', list((84 * v for i in range(2))))\\n\')\nexcept Exception as e:\n    __observe__(\'f21.g32.r34.x39#43\', (type(e).__name__, str(e)))\n', ns38)
                                ns38.pop('__builtins__', None)
                                __observe__('f21.g32.r34#44', ns38)
                                c = a
                            except Exception as e:
                                __observe__('f21.g32.r34#45', (type(e).__name__, str(e)))
                            __observe__('f21.g32.r34#46', dir())
                            for y in range(1):
                                __observe__('f21.g32.r34#47', locals())
                                y -= y
                            return c
                        finally:
                            __observe__('f21.g32.r34#48', locals())
                    try:
                        __observe__('f21.g32#49', r34(4, 56, 45))
                    except Exception as e:
                        __observe__('f21.g32#50', (type(e).__name__, str(e)))
                    try:
                        del locals()['v']
                    except Exception as e:
                        __observe__('f21.g32#51', (type(e).__name__, str(e)))
                    z += b
                    return 94 - z
                finally:
                    __observe__('f21.g32#52', locals())
            try:
                __observe__('f21#53', g32(z))
            except Exception as e:
                __observe__('f21#54', (type(e).__name__, str(e)))
        else:
            def g55(v=35, b=6):
                try:
                    print(13)
                    if b > 12:
                        try:
                            ns56 = {'a': 77, 'w': c + 87}
                            exec('v = w\n__observe__(\'f21.g55.x57#58\', locals())\nexec(\'y = 60\\n\')\n', {}, ns56)
                            ns56.pop('__builtins__', None)
                            __observe__('f21.g55#60', ns56)
                        except Exception as e:
                            __observe__('f21.g55#61', (type(e).__name__, str(e)))
                        __observe__('f21.g55#62', locals())
                    try:
                        exec(compile('try:\n    if b > 0:\n        v = y\n        del c\n        print(68)\n    exec(\'__observe__(\\\'f21.g55.x63.x64#65\\\', dir())\\nx = a\\nw = z + 33\\n\', globals(), locals())\nexcept Exception as e:\n    __observe__(\'f21.g55.x63#66\', (type(e).__name__, str(e)))\nfor z in range(3):\n    z += c\nz += v\n', '<gen>', 'exec'), globals(), locals())
                    except Exception as e:
                        __observe__('f21.g55#67', (type(e).__name__, str(e)))
                    return v
                finally:
                    __observe__('f21.g55#68', locals())
            b = b
            def g69():
                try:
                    try:
                        del sys._getframe().f_locals['a']
                    except Exception as e:
                        __observe__('f21.g69#70', (type(e).__name__, str(e)))
                    if 12 - b > 34:
                        try:
                            __observe__('f21.g69#71', g55(v - 92, z))
                        except Exception as e:
                            __observe__('f21.g69#72', (type(e).__name__, str(e)))
                        def g73(a, *, c=b):
                            try:
                                w = c
                                __observe__('f21.g69.g73#74', vars())
                                try:
                                    exec('for z in range(2):\n    z -= c\n', globals=globals(), locals=locals())
                                except Exception as e:
                                    __observe__('f21.g69.g73#76', (type(e).__name__, str(e)))
                                class C77:
                                    if False:
                                        w = 117
                                    try:
                                        exec(compile('globals()[\'w\'] = y\nif w > 8:\n    ns79 = {\'b\': y, \'z\': c, \'w\': z}\n    exec(\'y = 24\\ny += b\\nif w > 1:\\n    __observe__(\\\'f21.g69.g73.C77.x78.x80#81\\\', vars())\\n    y -= w * 5\\n\', {}, ns79)\n    ns79.pop(\'__builtins__\', None)\n    __observe__(\'f21.g69.g73.C77.x78#82\', ns79)\n    a = w\ndel a\n', '<gen>', 'exec'))
                                    except Exception as e:
                                        __observe__('f21.g69.g73.C77#83', (type(e).__name__, str(e)))
                                    try:
                                        exec('__observe__(\'f21.g69.g73.C77.x84#85\', globals().get(\'w\'))\n', globals())
                                    except Exception as e:
                                        __observe__('f21.g69.g73.C77#86', (type(e).__name__, str(e)))
                                    __observe__('f21.g69.g73.C77#87', locals())
                                c += 70
                                h88 = (lambda z, b: 63)
                                return 99
                            finally:
                                __observe__('f21.g69.g73#89', locals())
                        try:
                            __observe__('f21.g69#90', g73(84))
                        except Exception as e:
                            __observe__('f21.g69#91', (type(e).__name__, str(e)))
                        class C92:
                            y = 18
                            y -= y
                            y -= y
                            __observe__('f21.g69.C92#93', locals())
                    else:
                        pass
                    return b
                finally:
                    __observe__('f21.g69#94', locals())
            try:
                __observe__('f21#95', g69())
            except Exception as e:
                __observe__('f21#96', (type(e).__name__, str(e)))
        return z * 73
    finally:
        __observe__('f21#97', locals())
try:
    __observe__('m#98', f21(17 * 47))
except Exception as e:
    __observe__('m#99', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
