import sys
c = 40
def f1(w):
    try:
        w += 45 - 7
        return w * 14
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(51 + 56))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
def f5(a=96, v=c - c, y=c * c):
    try:
        class C6:
            try:
                exec('y = v\nb = 14\n')
            except Exception as e:
                __observe__('f5.C6#8', (type(e).__name__, str(e)))
            __observe__('f5.C6#9', locals())
        try:
            exec('try:\n    c = c\n    exec(\'if False:\\n    c = 108\\n__observe__(\\\'f5.x10.x11#12\\\', dir())\\n\', globals())\n    __observe__(\'f5.x10#13\', globals().get(\'y\'))\nexcept Exception as e:\n    __observe__(\'f5.x10#14\', (type(e).__name__, str(e)))\n__observe__(\'f5.x10#15\', locals())\n', globals(), locals())
        except Exception as e:
            __observe__('f5#16', (type(e).__name__, str(e)))
        d = locals()
        return 50
    finally:
        __observe__('f5#17', locals())
try:
    __observe__('m#18', f5())
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
try:
    ns20 = {'w': 47 * c}
    exec('x = w\nc24 = compile(\'__observe__(\\\'m.x21.x22#23\\\', vars())\\n\', \'<gen>\', \'exec\')\nexec(c24)\nexec(\'w = w\\n\')\n', {}, ns20)
    ns20.pop('__builtins__', None)
    __observe__('m#26', ns20)
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
def f28(v=9):
    try:
        try:
            exec('del v\nz = 79 + 96\n__observe__(\'f28.x29#30\', locals())\n', globals(), locals())
        except Exception as e:
            __observe__('f28#31', (type(e).__name__, str(e)))
        v = c
        return 11
    finally:
        __observe__('f28#32', locals())
try:
    __observe__('m#33', f28(c))
except Exception as e:
    __observe__('m#34', (type(e).__name__, str(e)))
def f35():
    try:
        try:
            exec('del locals()[\'y\']\nexec(compile(\'if 15 + c > 35:\\n    del c\\n    __observe__(\\\'f35.x36.x37#38\\\', dir())\\n    del globals()[\\\'w\\\']\\nelse:\\n    del c\\n    print(51 - 76)\\n\', \'<gen>\', \'exec\'))\n__observe__(\'f35.x36#39\', locals())\n', globals(), locals())
        except Exception as e:
            __observe__('f35#40', (type(e).__name__, str(e)))
        try:
            exec(compile('b = c\nb += c\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f35#42', (type(e).__name__, str(e)))
        def g43(x, y):
            try:
                try:
                    __observe__('f35.g43#44', f5(x, y + b, y * c))
                except Exception as e:
                    __observe__('f35.g43#45', (type(e).__name__, str(e)))
                try:
                    exec('c = x + 77\n__observe__(\'f35.g43.x46#47\', {j: j for j in range(2)})\n', globals(), locals())
                except Exception as e:
                    __observe__('f35.g43#48', (type(e).__name__, str(e)))
                x = x
                d = locals()
                return x
            finally:
                __observe__('f35.g43#49', locals())
        try:
            __observe__('f35#50', g43(56 + 94, 73))
        except Exception as e:
            __observe__('f35#51', (type(e).__name__, str(e)))
        def g52(y):
            try:
                def g53():
                    nonlocal y
                    try:
                        try:
                            del sys._getframe().f_locals['c']
                        except Exception as e:
                            __observe__('f35.g52.g53#54', (type(e).__name__, str(e)))
                        try:
                            exec(compile('w = b\nz = b\n', '<gen>', 'exec'), globals(), locals())
                        except Exception as e:
                            __observe__('f35.g52.g53#56', (type(e).__name__, str(e)))
                        for v in range(3):
                            __observe__('f35.g52.g53#57', locals())
                        __observe__('f35.g52.g53#58', globals().get('z'))
                        return 60
                    finally:
                        __observe__('f35.g52.g53#59', locals())
                try:
                    exec(compile('y = 70 + b\nx = 68\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f35.g52#61', (type(e).__name__, str(e)))
                return 41
            finally:
                __observe__('f35.g52#62', locals())
        try:
            __observe__('f35#63', g52(76))
        except Exception as e:
            __observe__('f35#64', (type(e).__name__, str(e)))
        __observe__('f35#65', vars())
        return 39
    finally:
        __observe__('f35#66', locals())
try:
    __observe__('m#67', f35())
except Exception as e:
    __observe__('m#68', (type(e).__name__, str(e)))
def r69(n, w, *, x=23):
    global c
    try:
        if n > 0:
            __observe__('r69#70', r69(n - 1, w))
        def r71(n, a):
            try:
                if n > 0:
                    __observe__('r69.r71#72', r71(n - 1, a))
                a -= 29
                def g73(a=24):
                    global c
                    nonlocal n
                    try:
                        y = w
                        if False:
                            a = 126
                        try:
                            del n
                            del n
                            exec('x = w\n', globals(), locals())
                        except Exception as e:
                            __observe__('r69.r71.g73#75', (type(e).__name__, str(e)))
                        v = a
                        try:
                            v = eval('42', globals(), locals())
                        except Exception as e:
                            __observe__('r69.r71.g73#77', (type(e).__name__, str(e)))
                        d = locals()
                        return a
                    finally:
                        __observe__('r69.r71.g73#78', locals())
                try:
                    __observe__('r69.r71#79', g73(w))
                except Exception as e:
                    __observe__('r69.r71#80', (type(e).__name__, str(e)))
                return a
            finally:
                __observe__('r69.r71#81', locals())
        try:
            __observe__('r69#82', r71(3, w))
        except Exception as e:
            __observe__('r69#83', (type(e).__name__, str(e)))
        z = 90
        x -= n - 50
        return 80
    finally:
        __observe__('r69#84', locals())
try:
    __observe__('m#85', r69(5, 22))
except Exception as e:
    __observe__('m#86', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
