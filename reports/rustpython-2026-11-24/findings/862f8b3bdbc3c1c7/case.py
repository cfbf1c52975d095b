import sys
c = 7
a = c
def f1():
    try:
        c = a
        def g2():
            global c
            try:
                fl = sys._getframe().f_locals
                __observe__('f1.g2#3', locals())
                return c
            finally:
                __observe__('f1.g2#4', locals())
        return c
    finally:
        __observe__('f1#5', locals())
try:
    __observe__('m#6', f1())
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
try:
    ns8 = {'x': 60, 'y': c + 78}
    exec('del globals()[\'c\']\n', ns8)
    ns8.pop('__builtins__', None)
    __observe__('m#10', ns8)
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
def f12():
    try:
        try:
            __observe__('f12#13', [j for j in range(3)])
        except Exception as e:
            __observe__('f12#14', (type(e).__name__, str(e)))
        c = a + 6
        c += 31 - 65
        return a
    finally:
        __observe__('f12#15', locals())
try:
    __observe__('m#16', f12())
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
def f18(x):
    try:
        def g19(w):
            try:
                try:
                    __observe__('f18.g19#20', f1())
                except Exception as e:
                    __observe__('f18.g19#21', (type(e).__name__, str(e)))
                def g22(c=a):
                    try:
                        a = 64
                        if w > 50:
                            try:
                                exec('exec(\'try:\\n    c = 46\\n    b = a - w * 5\\nexcept Exception as e:\\n    __observe__(\\\'f18.g19.g22.x23.x24#25\\\', (type(e).__name__, str(e)))\\nfor a in range(2):\\n    __observe__(\\\'f18.g19.g22.x23.x24#26\\\', globals().get(\\\'w\\\'))\\n    __observe__(\\\'f18.g19.g22.x23.x24#27\\\', locals())\\n\')\nx = x\n', globals())
                            except Exception as e:
                                __observe__('f18.g19.g22#28', (type(e).__name__, str(e)))
                        else:
                            pass
                        for z in range(3):
                            a += c
                            a -= c - x
                            try:
                                __observe__('f18.g19.g22#29', list((j for j in range(1))))
                            except Exception as e:
                                __observe__('f18.g19.g22#30', (type(e).__name__, str(e)))
                        z -= w
                        try:
                            __observe__('f18.g19.g22#32', eval('z', {'z': 54 + a}))
                        except Exception as e:
                            __observe__('f18.g19.g22#33', (type(e).__name__, str(e)))
                        a += 91
                        return a - c
                    finally:
                        __observe__('f18.g19.g22#34', locals())
                try:
                    z = g22(68)
                except Exception as e:
                    __observe__('f18.g19#35', (type(e).__name__, str(e)))
                z = w
                return 1
            finally:
                __observe__('f18.g19#36', locals())
        if False:
            x = 121
        def r37(n):
            nonlocal x
            try:
                if n > 0:
                    __observe__('f18.r37#38', r37(n - 1))
                if False:
                    x = 135
                c = 21 - x
                def g39():
                    try:
                        class C40:
                            try:
                                ns41 = {'a': 77 + n, 'x': 22, 'v': 53}
                                exec('exec(\'try:\\n    for a in range(3):\\n        w = x\\n        globals()[\\\'x\\\'] = 16 - 3\\nexcept Exception as e:\\n    __observe__(\\\'f18.r37.g39.C40.x42.x43#44\\\', (type(e).__name__, str(e)))\\nprint(x)\\n__observe__(\\\'f18.r37.g39.C40.x42.x43#45\\\', locals())\\n\')\nif v > 12:\n    for b in range(3):\n        __observe__(\'f18.r37.g39.C40.x42#47\', eval(\'a\'))\n    __observe__(\'f18.r37.g39.C40.x42#48\', vars())\nelse:\n    try:\n        __observe__(\'f18.r37.g39.C40.x42#49\', vars())\n    except Exception as e:\n        __observe__(\'f18.r37.g39.C40.x42#50\', (type(e).__name__, str(e)))\n    if False:\n        x = 136\nexec(\'x = 8\\nc = x\\n\')\n', ns41)
                                ns41.pop('__builtins__', None)
                                __observe__('f18.r37.g39.C40#52', ns41)
                            except Exception as e:
                                __observe__('f18.r37.g39.C40#53', (type(e).__name__, str(e)))
                            print(c)
                            globals()['a'] = x
                            __observe__('f18.r37.g39.C40#54', locals())
                        try:
                            __observe__('f18.r37.g39#56', eval('79', {}))
                        except Exception as e:
                            __observe__('f18.r37.g39#57', (type(e).__name__, str(e)))
                        __observe__('f18.r37.g39#58', globals().get('c'))
                        try:
                            exec('z = n\nx = c\nz = c * 31\n', globals(), locals())
                        except Exception as e:
                            __observe__('f18.r37.g39#60', (type(e).__name__, str(e)))
                        try:
                            __observe__('f18.r37.g39#62', eval(compile('93', '<gen>', 'eval')))
                        except Exception as e:
                            __observe__('f18.r37.g39#63', (type(e).__name__, str(e)))
                        return x
                    finally:
                        __observe__('f18.r37.g39#64', locals())
                try:
                    __observe__('f18.r37#65', g39())
                except Exception as e:
                    __observe__('f18.r37#66', (type(e).__name__, str(e)))
                del x
                return n
            finally:
                __observe__('f18.r37#67', locals())
        try:
            __observe__('f18#68', r37(2))
        except Exception as e:
            __observe__('f18#69', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f18#70', locals())
try:
    __observe__('m#71', f18(a))
except Exception as e:
    __observe__('m#72', (type(e).__name__, str(e)))
try:
    exec('__observe__(\'m.x73#74\', locals())\nc76 = compile(\'x\\n\', \'<gen>\', \'single\')\nexec(c76)\nexec(\'x = c\\n\')\n')
except Exception as e:
    __observe__('m#78', (type(e).__name__, str(e)))
def f79():
    try:
        try:
            exec('try:\n    exec(compile(\'y = 3\\nz = 9\\ntry:\\n    z = c\\n    z = z\\nexcept Exception as e:\\n    __observe__(\\\'f79.x80.x81#82\\\', (type(e).__name__, str(e)))\\n\', \'<gen>\', \'exec\'))\n    del locals()[\'b\']\nexcept Exception as e:\n    __observe__(\'f79.x80#83\', (type(e).__name__, str(e)))\n', globals())
        except Exception as e:
            __observe__('f79#84', (type(e).__name__, str(e)))
        for c in range(3):
            try:
                __observe__('f79#85', f1())
            except Exception as e:
                __observe__('f79#86', (type(e).__name__, str(e)))
            try:
                __observe__('f79#87', f1())
            except Exception as e:
                __observe__('f79#88', (type(e).__name__, str(e)))
        return 81
    finally:
        __observe__('f79#89', locals())
try:
    __observe__('m#90', f79())
except Exception as e:
    __observe__('m#91', (type(e).__name__, str(e)))
__observe__('m#92', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
