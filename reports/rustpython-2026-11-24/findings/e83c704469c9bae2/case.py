import sys
c = 47 + 84 + 77
v = 82
z = v
def f1():
    global c
    try:
        def g2(x):
            global c
            try:
                try:
                    class C3:
                        try:
                            c = eval('w', {'c': 35, 'x': z, 'z': z, 'w': 32})
                        except Exception as e:
                            __observe__('f1.g2.C3#5', (type(e).__name__, str(e)))
                        try:
                            c9 = compile('z = z + z\ntry:\n    for c in range(3):\n        z += 39 - z\n    c += z\nexcept Exception as e:\n    __observe__(\'f1.g2.C3.x6#7\', (type(e).__name__, str(e)))\n__observe__(\'f1.g2.C3.x6#8\', dir())\n', '<gen>', 'exec')
                            exec(c9)
                        except Exception as e:
                            __observe__('f1.g2.C3#10', (type(e).__name__, str(e)))
                        __observe__('f1.g2.C3#11', globals().get('v'))
                        __observe__('f1.g2.C3#12', locals())
                except Exception as e:
                    __observe__('f1.g2#13', (type(e).__name__, str(e)))
                return c
            finally:
                __observe__('f1.g2#14', locals())
        try:
            __observe__('f1#15', g2(v))
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        print(v)
        try:
            __observe__('f1#18', eval('v', globals(), locals()))
        except Exception as e:
            __observe__('f1#19', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('f1#20', locals())
try:
    __observe__('m#21', f1())
except Exception as e:
    __observe__('m#22', (type(e).__name__, str(e)))
try:
    exec(compile('__observe__(\'m.x23#24\', list((locals() for j in range(1))))\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
def f26(v, a, x=98):
    global z
    try:
        try:
            del sys._getframe().f_locals['c']
        except Exception as e:
            __observe__('f26#27', (type(e).__name__, str(e)))
        try:
            w = f1()
        except Exception as e:
            __observe__('f26#28', (type(e).__name__, str(e)))
        try:
            exec(compile('exec(compile(\'if False:\\n    a = 123\\nz = v\\ntry:\\n    z += c\\nexcept Exception as e:\\n    __observe__(\\\'f26.x29.x30#31\\\', (type(e).__name__, str(e)))\\n\', \'<gen>\', \'exec\'))\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f26#32', (type(e).__name__, str(e)))
        try:
            exec('__observe__(\'f26.x33#34\', locals())\n', globals(), locals())
        except Exception as e:
            __observe__('f26#35', (type(e).__name__, str(e)))
        def g36(y, v=v):
            nonlocal a
            try:
                del a
                def g37(z, w, c):
                    try:
                        pass
                        return 22 * 86
                    finally:
                        __observe__('f26.g36.g37#38', locals())
                try:
                    __observe__('f26.g36#39', g37(26 + 46, 0, 47))
                except Exception as e:
                    __observe__('f26.g36#40', (type(e).__name__, str(e)))
                def r41(n, a):
                    nonlocal v
                    try:
                        if n > 0:
                            __observe__('f26.g36.r41#42', r41(n - 1, a))
                        try:
                            del sys._getframe().f_locals['a']
                        except Exception as e:
                            __observe__('f26.g36.r41#43', (type(e).__name__, str(e)))
                        del v
                        try:
                            c45 = compile('w\n', '<gen>', 'single')
                            exec(c45, globals(), locals())
                        except Exception as e:
                            __observe__('f26.g36.r41#46', (type(e).__name__, str(e)))
                        try:
                            __observe__('f26.g36.r41#47', g37(53, w, c))
                        except Exception as e:
                            __observe__('f26.g36.r41#48', (type(e).__name__, str(e)))
                        n += z
                        return y
                    finally:
                        __observe__('f26.g36.r41#49', locals())
                try:
                    __observe__('f26.g36#50', r41(1, 8))
                except Exception as e:
                    __observe__('f26.g36#51', (type(e).__name__, str(e)))
                return x
            finally:
                __observe__('f26.g36#52', locals())
        try:
            __observe__('f26#53', g36(32))
        except Exception as e:
            __observe__('f26#54', (type(e).__name__, str(e)))
        return 38
    finally:
        __observe__('f26#55', locals())
try:
    __observe__('m#56', f26(v, 28, z))
except Exception as e:
    __observe__('m#57', (type(e).__name__, str(e)))
v += v
def f58(w, y=z):
    try:
        y = z + v
        try:
            for a in range(3):
                exec('__observe__(\'f58.x59#60\', [i for i in range(3)])\n', globals(), locals())
        except Exception as e:
            __observe__('f58#61', (type(e).__name__, str(e)))
        c = 99
        globals()['y'] = 33
        return 17
    finally:
        __observe__('f58#62', locals())
try:
    __observe__('m#63', f58(z))
except Exception as e:
    __observe__('m#64', (type(e).__name__, str(e)))
def f65(a=v * 6, z=v, y=v):
    try:
        try:
            exec('__observe__(\'f65.x66#67\', locals())\nexec(\'if v > 9:\\n    w = v\\n    w = 20\\nelse:\\n    if False:\\n        a = 191\\n    w -= v\\nif w > 37:\\n    x = a\\n    if x > 47:\\n        print(24)\\n        a = 81\\n    else:\\n        __observe__(\\\'f65.x66.x68#69\\\', locals())\\n        b = 52 * 68 * 34\\n        x -= 86\\n    x -= c\\ntry:\\n    b = y\\nexcept Exception as e:\\n    __observe__(\\\'f65.x66.x68#70\\\', (type(e).__name__, str(e)))\\n\')\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f65#71', (type(e).__name__, str(e)))
        def g72(z, *, c=y):
            nonlocal a
            try:
                try:
                    exec(compile('z = z\ndel c\nfor w in range(3):\n    __observe__(\'f65.g72.x73#74\', dir())\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f65.g72#75', (type(e).__name__, str(e)))
                return y
            finally:
                __observe__('f65.g72#76', locals())
        try:
            __observe__('f65#77', g72(a - 2))
        except Exception as e:
            __observe__('f65#78', (type(e).__name__, str(e)))
        try:
            b = f58(v)
        except Exception as e:
            __observe__('f65#79', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f65#80', locals())
try:
    __observe__('m#81', f65())
except Exception as e:
    __observe__('m#82', (type(e).__name__, str(e)))
try:
    w = eval('v')
except Exception as e:
    __observe__('m#84', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
