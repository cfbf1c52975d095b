import sys
w = 74
def f1(a=w):
    try:
        try:
            __observe__('f1#2', {i for i in range(1)})
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        h4 = (lambda: w)
        def g5(v, a=w - w, w=82):
            try:
                __observe__('f1.g5#6', vars())
                a = 30
                def r7(n, b=v, w=0 + 77):
                    nonlocal a
                    try:
                        if n > 0:
                            __observe__('f1.g5.r7#8', r7(n - 1, b, w))
                        v = w
                        __observe__('f1.g5.r7#9', vars())
                        return a
                    finally:
                        __observe__('f1.g5.r7#10', locals())
                try:
                    __observe__('f1.g5#11', r7(5, v - 82))
                except Exception as e:
                    __observe__('f1.g5#12', (type(e).__name__, str(e)))
                __observe__('f1.g5#13', locals())
                try:
                    __observe__('f1.g5#14', h4())
                except Exception as e:
                    __observe__('f1.g5#15', (type(e).__name__, str(e)))
                try:
                    exec('c20 = compile(\'try:\\n    z = w * 81\\n    __observe__(\\\'f1.g5.x16.x17#18\\\', {a - j for j in range(3)})\\nexcept Exception as e:\\n    __observe__(\\\'f1.g5.x16.x17#19\\\', (type(e).__name__, str(e)))\\nw = 39\\n\', \'<gen>\', \'exec\')\nexec(c20)\nb = a\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g5#21', (type(e).__name__, str(e)))
                return w
            finally:
                __observe__('f1.g5#22', locals())
        try:
            c = g5(45, 34 - 27, 69)
        except Exception as e:
            __observe__('f1#23', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#24', locals())
try:
    __observe__('m#25', f1(w))
except Exception as e:
    __observe__('m#26', (type(e).__name__, str(e)))
v = w
w += 64
def f27(x, w):
    try:
        print(x)
        print(v)
        sys._getframe().f_locals['v'] = v - x
        return v * x
    finally:
        __observe__('f27#28', locals())
try:
    __observe__('m#29', f27(v, v))
except Exception as e:
    __observe__('m#30', (type(e).__name__, str(e)))
def f31(c, y=w):
    try:
        try:
            exec('exec(\'v = y\\n__observe__(\\\'f31.x32.x33#34\\\', [29 for j in range(1)])\\nif 0:\\n    w = 173\\n\')\ndel c\n', globals(), locals())
            __observe__('f31#35', locals())
        except Exception as e:
            __observe__('f31#36', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('f31#37', locals())
try:
    __observe__('m#38', f31(w, v))
except Exception as e:
    __observe__('m#39', (type(e).__name__, str(e)))
def f40(v, a=78 - 7, z=v):
    try:
        d = locals()
        del z
        try:
            exec('c = w\na = 89\na = v\n', globals())
        except Exception as e:
            __observe__('f40#42', (type(e).__name__, str(e)))
        def r43(n):
            try:
                if n > 0:
                    __observe__('f40.r43#44', r43(n - 1))
                for n in range(2):
                    def r45(n):
                        try:
                            if n > 0:
                                __observe__('f40.r43.r45#46', r45(n - 1))
                            try:
                                __observe__('f40.r43.r45#47', f1())
                            except Exception as e:
                                __observe__('f40.r43.r45#48', (type(e).__name__, str(e)))
                            try:
                                exec('v = n\n__observe__(\'f40.r43.r45.x49#50\', dir())\ntry:\n    n = 33\n    for c in range(2):\n        exec(compile(\'__observe__(\\\'f40.r43.r45.x49.x51#52\\\', {j for j in range(1)})\\ny = 76\\nif False:\\n    y = 149\\n\', \'<gen>\', \'exec\'))\n        del globals()[\'z\']\n    for c in range(2):\n        ns53 = {\'a\': c + v}\n        exec(\'__observe__(\\\'f40.r43.r45.x49.x54#55\\\', dir())\\nc = a\\n\', ns53)\n        ns53.pop(\'__builtins__\', None)\n        __observe__(\'f40.r43.r45.x49#56\', ns53)\nexcept Exception as e:\n    __observe__(\'f40.r43.r45.x49#57\', (type(e).__name__, str(e)))\n', globals(), locals())
                            except Exception as e:
                                __observe__('f40.r43.r45#58', (type(e).__name__, str(e)))
                            try:
                                __observe__('f40.r43.r45#59', f27(a, w))
                            except Exception as e:
                                __observe__('f40.r43.r45#60', (type(e).__name__, str(e)))
                            try:
                                exec('if False:\n    y = 119\n__observe__(\'f40.r43.r45.x61#62\', vars())\nif n > 6:\n    __observe__(\'f40.r43.r45.x61#63\', locals())\n    x = y\nelse:\n    b = 47\n    n = 2\n    for v in range(2):\n        print(58)\n', globals(), locals())
                            except Exception as e:
                                __observe__('f40.r43.r45#64', (type(e).__name__, str(e)))
                            return 64 * v
                        finally:
                            __observe__('f40.r43.r45#65', locals())
                    try:
                        __observe__('f40.r43#66', r45(2))
                    except Exception as e:
                        __observe__('f40.r43#67', (type(e).__name__, str(e)))
                def g68():
                    global w
                    try:
                        w += w
                        d = locals()
                        return n
                    finally:
                        __observe__('f40.r43.g68#69', locals())
                try:
                    __observe__('f40.r43#70', g68())
                except Exception as e:
                    __observe__('f40.r43#71', (type(e).__name__, str(e)))
                x = a
                def g72():
                    try:
                        try:
                            __observe__('f40.r43.g72#73', {x - n for j in range(2)})
                        except Exception as e:
                            __observe__('f40.r43.g72#74', (type(e).__name__, str(e)))
                        print(x)
                        return x
                    finally:
                        __observe__('f40.r43.g72#75', locals())
                try:
                    __observe__('f40.r43#76', g72())
                except Exception as e:
                    __observe__('f40.r43#77', (type(e).__name__, str(e)))
                return x
            finally:
                __observe__('f40.r43#78', locals())
        return a
    finally:
        __observe__('f40#79', locals())
try:
    __observe__('m#80', f40(v, w + 42))
except Exception as e:
    __observe__('m#81', (type(e).__name__, str(e)))
if 84 > 6:
    w += 23 + 17
    sys._getframe().f_locals['a'] = v
    v = v
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
