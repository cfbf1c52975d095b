import sys
a = 49
v = a
a = 20 - a * 19
def f1(y, b):
    try:
        x = y
        x += b
        def r2(n, c=y - 83):
            global a
            nonlocal b
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, c))
                if x > 4:
                    del b
                else:
                    try:
                        exec('exec(\'try:\\n    w = y - y\\n    w -= b\\n    z = 4\\nexcept Exception as e:\\n    __observe__(\\\'f1.r2.x4.x5#6\\\', (type(e).__name__, str(e)))\\nprint(a)\\n__observe__(\\\'f1.r2.x4.x5#7\\\', [6 * 3 for i in range(3)])\\n\', globals(), locals())\n__observe__(\'f1.r2.x4#8\', dir())\n__observe__(\'f1.r2.x4#9\', {i: x + v for i in range(1)})\n', globals(), locals())
                    except Exception as e:
                        __observe__('f1.r2#10', (type(e).__name__, str(e)))
                    try:
                        ns11 = {'a': 98, 'y': 30 * c}
                        exec('exec(compile(\'v = 88\\nprint(19 + y)\\nv += a\\n\', \'<gen>\', \'exec\'))\ndel y\n__observe__(\'f1.r2.x12#14\', dir())\n', {}, ns11)
                        ns11.pop('__builtins__', None)
                        __observe__('f1.r2#15', ns11)
                    except Exception as e:
                        __observe__('f1.r2#16', (type(e).__name__, str(e)))
                    c -= 38
                del n
                try:
                    n = v
                except Exception as e:
                    __observe__('f1.r2#17', (type(e).__name__, str(e)))
                d = locals()
                __observe__('f1.r2#18', vars())
                return a
            finally:
                __observe__('f1.r2#19', locals())
        try:
            __observe__('f1#20', r2(5, 26))
        except Exception as e:
            __observe__('f1#21', (type(e).__name__, str(e)))
        y = 1
        x += y
        def r22(n, x=25, y=50 + x):
            global v
            try:
                if n > 0:
                    __observe__('f1.r22#23', r22(n - 1, x, y))
                v = y
                y = 8
                v += 49
                return y
            finally:
                __observe__('f1.r22#24', locals())
        try:
            __observe__('f1#25', r22(2, v, 82))
        except Exception as e:
            __observe__('f1#26', (type(e).__name__, str(e)))
        return 46
    finally:
        __observe__('f1#27', locals())
try:
    __observe__('m#28', f1(48, v))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
if a > 25:
    y = a
    try:
        exec(compile('del locals()[\'z\']\ndel a\nc34 = compile(\'if a > 31:\\n    w = y\\n    w += 51 - a\\n    __observe__(\\\'m.x30.x31#32\\\', locals())\\ny = a\\n__observe__(\\\'m.x30.x31#33\\\', dir())\\n\', \'<gen>\', \'exec\')\nexec(c34)\n', '<gen>', 'exec'))
    except Exception as e:
        __observe__('m#35', (type(e).__name__, str(e)))
else:
    y -= v
    d = locals()
def f36(a, w=v):
    try:
        w += a
        try:
            __observe__('f36#37', {w for j in range(2)})
            class C38:
                __observe__('f36.C38#39', locals())
                for y in range(1):
                    c = w
                    c += a
                    try:
                        b = f1(20, v - w)
                    except Exception as e:
                        __observe__('f36.C38#40', (type(e).__name__, str(e)))
                __observe__('f36.C38#41', locals())
        except Exception as e:
            __observe__('f36#42', (type(e).__name__, str(e)))
        print(63)
        __observe__('f36#43', vars())
        return a - 45
    finally:
        __observe__('f36#44', locals())
try:
    __observe__('m#45', f36(13 + 43))
except Exception as e:
    __observe__('m#46', (type(e).__name__, str(e)))
try:
    __observe__('m#47', f36(a, 36))
except Exception as e:
    __observe__('m#48', (type(e).__name__, str(e)))
def f49(z=v, y=75, v=v, *, b=29):
    try:
        try:
            y = f1(23, 50)
        except Exception as e:
            __observe__('f49#50', (type(e).__name__, str(e)))
        try:
            exec(compile('c53 = compile(\'v\', \'<gen>\', \'eval\')\n__observe__(\'f49.x51#54\', eval(c53))\n__observe__(\'f49.x51#55\', globals().get(\'a\'))\nexec(\'__observe__(\\\'f49.x51.x56#57\\\', locals())\\n\')\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f49#58', (type(e).__name__, str(e)))
        y += z
        return b
    finally:
        __observe__('f49#59', locals())
try:
    __observe__('m#60', f49(v, 9))
except Exception as e:
    __observe__('m#61', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
