import sys
y = 29
def f1(v):
    try:
        v -= v
        try:
            exec(compile('exec(\'print(36)\\n\')\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        v -= v
        v += v
        def g5():
            try:
                class C6:
                    w = y
                    try:
                        exec(compile('try:\n    x = v\n    __observe__(\'f1.g5.C6.x7#8\', {i - 49 for i in range(3)})\n    print(v + x)\nexcept Exception as e:\n    __observe__(\'f1.g5.C6.x7#9\', (type(e).__name__, str(e)))\nc = v\nglobals()[\'y\'] = y\n', '<gen>', 'exec'))
                    except Exception as e:
                        __observe__('f1.g5.C6#10', (type(e).__name__, str(e)))
                    x = v
                    __observe__('f1.g5.C6#11', locals())
                try:
                    a = eval('y - y', globals(), locals())
                except Exception as e:
                    __observe__('f1.g5#13', (type(e).__name__, str(e)))
                class C14:
                    __observe__('f1.g5.C14#15', globals().get('y'))
                    __observe__('f1.g5.C14#16', locals())
                try:
                    exec(compile('exec(\'del a\\n\')\nv = v\nexec(\'if 8 * y > 35:\\n    __observe__(\\\'f1.g5.x17.x19#20\\\', dir())\\nfor w in range(2):\\n    a = 60\\n    if False:\\n        x = 121\\nprint(y)\\n\')\n', '<gen>', 'exec'), globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f1.g5#21', (type(e).__name__, str(e)))
                x = 69
                return x
            finally:
                __observe__('f1.g5#22', locals())
        try:
            __observe__('f1#23', g5())
        except Exception as e:
            __observe__('f1#24', (type(e).__name__, str(e)))
        __observe__('f1#25', locals())
        return y + y
    finally:
        __observe__('f1#26', locals())
try:
    __observe__('m#27', f1(22))
except Exception as e:
    __observe__('m#28', (type(e).__name__, str(e)))
sys._getframe().f_locals['a'] = y - y
v = 4 * y
def f29():
    try:
        pass
        return v
    finally:
        __observe__('f29#30', locals())
try:
    __observe__('m#31', f29())
except Exception as e:
    __observe__('m#32', (type(e).__name__, str(e)))
try:
    __observe__('m#33', f29())
except Exception as e:
    __observe__('m#34', (type(e).__name__, str(e)))
x = y
def f35(w, v=y, y=y):
    try:
        try:
            __observe__('f35#37', eval('w', {'w': 35}))
        except Exception as e:
            __observe__('f35#38', (type(e).__name__, str(e)))
        try:
            __observe__('f35#39', f1(a))
        except Exception as e:
            __observe__('f35#40', (type(e).__name__, str(e)))
        def g41():
            try:
                try:
                    exec('print(v)\n__observe__(\'f35.g41.x42#43\', globals().get(\'b\'))\nexec(\'__observe__(\\\'f35.g41.x42.x44#45\\\', [w for i in range(1)])\\nz = v\\nw = x\\n\')\n', globals(), locals())
                    a = x
                except Exception as e:
                    __observe__('f35.g41#46', (type(e).__name__, str(e)))
                if False:
                    b = 120
                try:
                    exec('__observe__(\'f35.g41.x47#48\', locals())\n', globals(), locals())
                except Exception as e:
                    __observe__('f35.g41#49', (type(e).__name__, str(e)))
                try:
                    exec('if w * 2 > 3:\n    v = a\n    v += 1\n    x = y\nc52 = compile(\'del b\\n\', \'<gen>\', \'exec\')\nexec(c52)\n', globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f35.g41#53', (type(e).__name__, str(e)))
                def g54():
                    nonlocal y
                    try:
                        try:
                            d = locals()
                            v = f29()
                            if 76 > 35:
                                h55 = (lambda: y)
                                b = v * 18
                            else:
                                z = v
                        except Exception as e:
                            __observe__('f35.g41.g54#56', (type(e).__name__, str(e)))
                        c = w
                        h57 = (lambda: 19)
                        del c
                        v = 96
                        h58 = (lambda: 97)
                        return w
                    finally:
                        __observe__('f35.g41.g54#59', locals())
                try:
                    __observe__('f35.g41#60', g54())
                except Exception as e:
                    __observe__('f35.g41#61', (type(e).__name__, str(e)))
                return 25
            finally:
                __observe__('f35.g41#62', locals())
        return v
    finally:
        __observe__('f35#63', locals())
try:
    __observe__('m#64', f35(v))
except Exception as e:
    __observe__('m#65', (type(e).__name__, str(e)))
y += y
try:
    ns66 = {'a': y + 15, 'c': x, 'z': a}
    exec('c69 = compile(\'45\', \'<gen>\', \'eval\')\n__observe__(\'m.x67#70\', eval(c69))\ndel a\n', globals={}, locals=ns66)
    ns66.pop('__builtins__', None)
    __observe__('m#71', ns66)
except Exception as e:
    __observe__('m#72', (type(e).__name__, str(e)))
def f73(a, v, w):
    try:
        w = 19 * a
        w -= x * 21
        w = x - w
        try:
            def g74(a, z, v=v):
                nonlocal w
                try:
                    globals()['w'] = 83
                    class C75:
                        v = 31
                        __observe__('f73.g74.C75#76', locals())
                    def g77():
                        nonlocal w
                        try:
                            del w
                            try:
                                if 0:
                                    y = 150
                                x = y
                                c80 = compile('__observe__(\'f73.g74.g77.x78#79\', [60 + w for j in range(3)])\n', '<gen>', 'exec')
                                exec(c80, globals(), locals())
                            except Exception as e:
                                __observe__('f73.g74.g77#81', (type(e).__name__, str(e)))
                            return z - z
                        finally:
                            __observe__('f73.g74.g77#82', locals())
                    try:
                        __observe__('f73.g74#83', g77())
                    except Exception as e:
                        __observe__('f73.g74#84', (type(e).__name__, str(e)))
                    w = z
                    return a - y
                finally:
                    __observe__('f73.g74#85', locals())
            for c in range(1):
                __observe__('f73#86', vars())
                exec('b = 29\nw = b\nb += 0\n', globals())
                v = a
        except Exception as e:
            __observe__('f73#88', (type(e).__name__, str(e)))
        return v + 42
    finally:
        __observe__('f73#89', locals())
try:
    __observe__('m#90', f73(v, x + v, 16))
except Exception as e:
    __observe__('m#91', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
