import sys
b = 91
y = b * b
c = 90
def f1():
    try:
        __observe__('f1#2', sys._getframe().f_locals)
        try:
            __observe__('f1#3', {c for j in range(2)})
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        def r5(n, x=b):
            try:
                if n > 0:
                    __observe__('f1.r5#6', r5(n - 1, x))
                try:
                    __observe__('f1.r5#7', {y for j in range(1)})
                except Exception as e:
                    __observe__('f1.r5#8', (type(e).__name__, str(e)))
                class C9:
                    try:
                        try:
                            v = 28
                            v += v
                        except Exception as e:
                            __observe__('f1.r5.C9#10', (type(e).__name__, str(e)))
                        ns11 = {'b': 25, 'x': v, 'w': v}
                        exec('exec(\'__observe__(\\\'f1.r5.C9.x12.x13#14\\\', {b for i in range(1)})\\n__observe__(\\\'f1.r5.C9.x12.x13#15\\\', dir())\\nc = x\\n\')\ndel locals()[\'y\']\n', ns11)
                        ns11.pop('__builtins__', None)
                        __observe__('f1.r5.C9#16', ns11)
                    except Exception as e:
                        __observe__('f1.r5.C9#17', (type(e).__name__, str(e)))
                    w = x
                    __observe__('f1.r5.C9#18', locals())
                class C19:
                    __observe__('f1.r5.C19#20', dir())
                    a = x
                    try:
                        ns21 = {'y': x}
                        exec('exec(\'x = 93\\ndel x\\n\')\n', ns21)
                        ns21.pop('__builtins__', None)
                        __observe__('f1.r5.C19#24', ns21)
                    except Exception as e:
                        __observe__('f1.r5.C19#25', (type(e).__name__, str(e)))
                    __observe__('f1.r5.C19#26', locals())
                return n
            finally:
                __observe__('f1.r5#27', locals())
        try:
            __observe__('f1#28', r5(1))
        except Exception as e:
            __observe__('f1#29', (type(e).__name__, str(e)))
        return 23
    finally:
        __observe__('f1#30', locals())
try:
    __observe__('m#31', f1())
except Exception as e:
    __observe__('m#32', (type(e).__name__, str(e)))
def f33(y, c, w=c):
    try:
        try:
            c = eval('73', {'a': c, 'w': c})
        except Exception as e:
            __observe__('f33#35', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f33#36', locals())
try:
    __observe__('m#37', f33(b, 35, c))
except Exception as e:
    __observe__('m#38', (type(e).__name__, str(e)))
def f39(x, v=b, *, w=b):
    try:
        pass
        return v
    finally:
        __observe__('f39#40', locals())
try:
    __observe__('m#41', f39(c))
except Exception as e:
    __observe__('m#42', (type(e).__name__, str(e)))
z = b
def f43(c=0, z=z, w=b):
    try:
        try:
            exec('try:\n    exec(\'try:\\n    w = c\\n    __observe__(\\\'f43.x44.x45#46\\\', locals())\\nexcept Exception as e:\\n    __observe__(\\\'f43.x44.x45#47\\\', (type(e).__name__, str(e)))\\nfor x in range(1):\\n    print(68)\\n__observe__(\\\'f43.x44.x45#48\\\', locals())\\n\', globals(), locals())\n    __observe__(\'f43.x44#49\', locals())\n    globals()[\'b\'] = 54 * 30\nexcept Exception as e:\n    __observe__(\'f43.x44#50\', (type(e).__name__, str(e)))\nx = c * w\n', globals(), locals())
        except Exception as e:
            __observe__('f43#51', (type(e).__name__, str(e)))
        try:
            __observe__('f43#52', f1())
        except Exception as e:
            __observe__('f43#53', (type(e).__name__, str(e)))
        try:
            __observe__('f43#54', f39(21, x))
        except Exception as e:
            __observe__('f43#55', (type(e).__name__, str(e)))
        try:
            class C56:
                if w > 39:
                    pass
                else:
                    z = b
                    y = w + c
                __observe__('f43.C56#57', locals())
        except Exception as e:
            __observe__('f43#58', (type(e).__name__, str(e)))
        class C59:
            b = 74 - z
            try:
                y = f33(43, 76, w * 44)
            except Exception as e:
                __observe__('f43.C59#60', (type(e).__name__, str(e)))
            b += z
            __observe__('f43.C59#61', locals())
        d = locals()
        return 36
    finally:
        __observe__('f43#62', locals())
try:
    __observe__('m#63', f43(b, 71 - z, b))
except Exception as e:
    __observe__('m#64', (type(e).__name__, str(e)))
def f65(w, c):
    try:
        try:
            exec(compile('__observe__(\'f65.x66#67\', {i: w for i in range(3)})\na = z\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f65#68', (type(e).__name__, str(e)))
        return b
    finally:
        __observe__('f65#69', locals())
try:
    __observe__('m#70', f65(93 * 81, 32))
except Exception as e:
    __observe__('m#71', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
