import sys
x = 47
v = x * 16
def f1(w, c, b):
    try:
        if 0:
            c = 125
        try:
            exec(compile('z = w\nz = eval(\'90\', globals(), locals())\nexec(\'z = 48\\nz = z - 10\\n\')\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        class C6:
            try:
                __observe__('f1.C6#7', [x for i in range(2)])
            except Exception as e:
                __observe__('f1.C6#8', (type(e).__name__, str(e)))
            v = 38
            __observe__('f1.C6#9', locals())
        return 87 - b
    finally:
        __observe__('f1#10', locals())
try:
    __observe__('m#11', f1(x, 43 + v, 8))
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
for w in range(1):
    def r13(n):
        try:
            if n > 0:
                __observe__('r13#14', r13(n - 1))
            try:
                ns15 = {'v': v}
                exec('del v\n__observe__(\'r13.x16#17\', vars())\n__observe__(\'r13.x16#18\', vars())\n', ns15)
                ns15.pop('__builtins__', None)
                __observe__('r13#19', ns15)
            except Exception as e:
                __observe__('r13#20', (type(e).__name__, str(e)))
            return n
        finally:
            __observe__('r13#21', locals())
    try:
        __observe__('m#22', r13(1))
    except Exception as e:
        __observe__('m#23', (type(e).__name__, str(e)))
def f24():
    try:
        d = locals()
        h25 = (lambda c=47, v=w: 28 * x - 9)
        for v in range(3):
            if False:
                v = 157
            try:
                __observe__('f24#26', h25(v, w))
            except Exception as e:
                __observe__('f24#27', (type(e).__name__, str(e)))
            __observe__('f24#28', locals())
        return x
    finally:
        __observe__('f24#29', locals())
try:
    __observe__('m#30', f24())
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
def f32(v, a=32, x=x):
    try:
        try:
            exec(compile('try:\n    c = 34\nexcept Exception as e:\n    __observe__(\'f32.x33#34\', (type(e).__name__, str(e)))\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f32#35', (type(e).__name__, str(e)))
        x += 78
        return a
    finally:
        __observe__('f32#36', locals())
try:
    __observe__('m#37', f32(27, x + 21))
except Exception as e:
    __observe__('m#38', (type(e).__name__, str(e)))
try:
    exec(compile('a = x\ntry:\n    del x\n    a -= 98\nexcept Exception as e:\n    __observe__(\'m.x39#40\', (type(e).__name__, str(e)))\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#41', (type(e).__name__, str(e)))
def f42():
    try:
        try:
            exec(compile('__observe__(\'f42.x43#44\', dir())\nexec(\'try:\\n    if 19 > 36:\\n        y = v + a\\n        del a\\n    else:\\n        y += 50\\n        print(98)\\n    del locals()[\\\'x\\\']\\nexcept Exception as e:\\n    __observe__(\\\'f42.x43.x45#46\\\', (type(e).__name__, str(e)))\\nif 58 > 47:\\n    if False:\\n        b = 156\\n    try:\\n        x = w\\n        print(b + b)\\n    except Exception as e:\\n        __observe__(\\\'f42.x43.x45#47\\\', (type(e).__name__, str(e)))\\n    __observe__(\\\'f42.x43.x45#48\\\', {w for j in range(2)})\\nelse:\\n    v = a\\n    v += b\\nfor y in range(3):\\n    __observe__(\\\'f42.x43.x45#49\\\', dir())\\n    y = 10\\n\')\nif 0:\n    v = 142\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f42#50', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f42#51', locals())
try:
    __observe__('m#52', f42())
except Exception as e:
    __observe__('m#53', (type(e).__name__, str(e)))
if w > 31:
    def r54(n, a, w, v):
        global x
        try:
            if n > 0:
                __observe__('r54#55', r54(n - 1, a, w, v))
            try:
                exec(compile('del v\ndel w\n', '<gen>', 'exec'), globals(), locals())
            except Exception as e:
                __observe__('r54#57', (type(e).__name__, str(e)))
            try:
                exec('exec(compile(\'if 30 > 5:\\n    b = v * n\\n    b -= 46\\n    b += 41\\n\', \'<gen>\', \'exec\'))\ntry:\n    try:\n        __observe__(\'r54.x58#60\', locals())\n        c62 = compile(\'a\', \'<gen>\', \'eval\')\n        __observe__(\'r54.x58#63\', eval(c62))\n        globals()[\'c\'] = x\n    except Exception as e:\n        __observe__(\'r54.x58#64\', (type(e).__name__, str(e)))\n    if w > 35:\n        x = a\n    else:\n        n = x\n        x += 16\n        __observe__(\'r54.x58#65\', locals())\n    n = 74\nexcept Exception as e:\n    __observe__(\'r54.x58#66\', (type(e).__name__, str(e)))\n__observe__(\'r54.x58#68\', eval(\'69\', globals(), locals()))\n', globals())
            except Exception as e:
                __observe__('r54#69', (type(e).__name__, str(e)))
            for b in range(3):
                y = n
                def g70(w=b, v=67 - b, y=18):
                    global x
                    try:
                        for x in range(1):
                            v = y
                            b = 66
                        try:
                            c72 = compile('b\n', '<gen>', 'single')
                            exec(c72, globals(), locals())
                        except Exception as e:
                            __observe__('r54.g70#73', (type(e).__name__, str(e)))
                        b += w
                        return w
                    finally:
                        __observe__('r54.g70#74', locals())
                try:
                    __observe__('r54#75', g70(47 - y, 24))
                except Exception as e:
                    __observe__('r54#76', (type(e).__name__, str(e)))
            return n
        finally:
            __observe__('r54#77', locals())
    try:
        __observe__('m#78', r54(1, 44 + 31, 46 - 95, 46))
    except Exception as e:
        __observe__('m#79', (type(e).__name__, str(e)))
    z = 89
else:
    sys._getframe().f_locals['v'] = 24
    z += 84
def f80():
    try:
        __observe__('f80#81', globals().get('a'))
        return 96
    finally:
        __observe__('f80#82', locals())
try:
    __observe__('m#83', f80())
except Exception as e:
    __observe__('m#84', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
