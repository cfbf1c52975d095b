import sys
c = 11
y = c
w = 10
def f1(a, *, z=y):
    try:
        b = 74 + y
        try:
            __observe__('f1#2', list((z + c for j in range(2))))
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        def g4(b, v=93, a=a, *, x=z):
            global w
            try:
                __observe__('f1.g4#5', locals())
                try:
                    __observe__('f1.g4#7', eval('44', globals(), locals()))
                except Exception as e:
                    __observe__('f1.g4#8', (type(e).__name__, str(e)))
                try:
                    __observe__('f1.g4#10', eval('54', {'x': v, 'y': w, 'v': 90}))
                except Exception as e:
                    __observe__('f1.g4#11', (type(e).__name__, str(e)))
                sys._getframe().f_locals['a'] = z
                try:
                    __observe__('f1.g4#12', dir())
                except Exception as e:
                    __observe__('f1.g4#13', (type(e).__name__, str(e)))
                if 0:
                    x = 150
                return b + x
            finally:
                __observe__('f1.g4#14', locals())
        try:
            __observe__('f1#15', g4(11, 47 - w))
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#17', locals())
try:
    __observe__('m#18', f1(18))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
def f20():
    global w
    try:
        w += 17
        c = 26
        def g21():
            nonlocal c
            try:
                def g22(y=w * w, b=74, *, v=y):
                    nonlocal c
                    try:
                        try:
                            a = eval('z + z', {'a': b, 'b': v - 44, 'z': 27})
                        except Exception as e:
                            __observe__('f20.g21.g22#24', (type(e).__name__, str(e)))
                        try:
                            exec('exec(\'if 19 > 47:\\n    del v\\nif 43 > 17:\\n    try:\\n        __observe__(\\\'f20.g21.g22.x25.x26#27\\\', [b for j in range(3)])\\n    except Exception as e:\\n        __observe__(\\\'f20.g21.g22.x25.x26#28\\\', (type(e).__name__, str(e)))\\n    w = a\\n    if False:\\n        b = 114\\nelse:\\n    c = 15\\n__observe__(\\\'f20.g21.g22.x25.x26#29\\\', dir())\\n\')\n', globals())
                        except Exception as e:
                            __observe__('f20.g21.g22#30', (type(e).__name__, str(e)))
                        if b > 0:
                            for z in range(1):
                                if 0:
                                    w = 109
                            c = z
                        try:
                            exec('__observe__(\'f20.g21.g22.x31#32\', {j + a for j in range(3)})\n', globals(), locals())
                        except Exception as e:
                            __observe__('f20.g21.g22#33', (type(e).__name__, str(e)))
                        try:
                            c = f1(b)
                        except Exception as e:
                            __observe__('f20.g21.g22#34', (type(e).__name__, str(e)))
                        return y
                    finally:
                        __observe__('f20.g21.g22#35', locals())
                try:
                    __observe__('f20.g21#36', g22(42))
                except Exception as e:
                    __observe__('f20.g21#37', (type(e).__name__, str(e)))
                try:
                    del locals()['x']
                except Exception as e:
                    __observe__('f20.g21#38', (type(e).__name__, str(e)))
                c = 93 + 55
                return w
            finally:
                __observe__('f20.g21#39', locals())
        try:
            __observe__('f20#40', g21())
        except Exception as e:
            __observe__('f20#41', (type(e).__name__, str(e)))
        return c
    finally:
        __observe__('f20#42', locals())
try:
    __observe__('m#43', f20())
except Exception as e:
    __observe__('m#44', (type(e).__name__, str(e)))
def f45():
    try:
        __observe__('f45#46', dir())
        h47 = (lambda y=88 + c, w=y - 8: 44)
        h48 = (lambda: w)
        try:
            exec('if w > 29:\n    __observe__(\'f45.x49#50\', dir())\n    __observe__(\'f45.x49#51\', vars())\n    __observe__(\'f45.x49#52\', list((27 * c for i in range(2))))\nfor v in range(2):\n    v -= v\n    v -= y\n    v += 38\n', globals(), locals())
        except Exception as e:
            __observe__('f45#53', (type(e).__name__, str(e)))
        z = 5
        return 10
    finally:
        __observe__('f45#54', locals())
try:
    __observe__('m#55', f45())
except Exception as e:
    __observe__('m#56', (type(e).__name__, str(e)))
def f57(c, w):
    try:
        try:
            __observe__('f57#58', locals())
        except Exception as e:
            __observe__('f57#59', (type(e).__name__, str(e)))
        h60 = (lambda: c)
        if False:
            c = 110
        globals()['c'] = 47
        return c
    finally:
        __observe__('f57#61', locals())
try:
    __observe__('m#62', f57(c, w))
except Exception as e:
    __observe__('m#63', (type(e).__name__, str(e)))
a = 72 + c
try:
    exec('exec(\'try:\\n    c = c\\n    c += a\\n    y = 31\\nexcept Exception as e:\\n    __observe__(\\\'m.x64.x65#66\\\', (type(e).__name__, str(e)))\\n__observe__(\\\'m.x64.x65#67\\\', dir())\\nz = y * c\\n\')\n')
except Exception as e:
    __observe__('m#68', (type(e).__name__, str(e)))
def f69(y, a):
    try:
        y -= a
        return a
    finally:
        __observe__('f69#70', locals())
try:
    __observe__('m#71', f69(a * w, y))
except Exception as e:
    __observe__('m#72', (type(e).__name__, str(e)))
w = w
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
