# execdiff: versions=3.13 origin=campaign:98e927d50a5941e3-1cb484d2 xfail=vm
import sys
z = 76
c = 99
a = 69
def f1(z=c, y=61, w=a):
    try:
        h2 = (lambda y, x=y: 37)
        try:
            __observe__('f1#3', h2(27 + y))
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        del z
        try:
            y = h2(29, c)
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        w -= 57
        x = w
        return x
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1())
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
try:
    exec('for x in range(3):\n    y = 13\n    x += x\n    __observe__(\'m.x9#11\', eval(\'a * 2\', globals(), locals()))\nexec(\'a -= x * 2\\nw = 63\\n\')\n')
except Exception as e:
    __observe__('m#13', (type(e).__name__, str(e)))
def f14(x, a, v):
    try:
        d = locals()
        locals()
        __observe__('f14#15', d)
        return x
    finally:
        __observe__('f14#16', locals())
try:
    __observe__('m#17', f14(80 * 2, 13 * 12, 29))
except Exception as e:
    __observe__('m#18', (type(e).__name__, str(e)))
try:
    __observe__('m#19', f14(c * 9, 40, 49))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
try:
    del b
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
def f22(c, x=a):
    global z
    try:
        __observe__('f22#23', dir())
        def g24():
            nonlocal x
            try:
                del x
                def r25(n):
                    try:
                        if n > 0:
                            __observe__('f22.g24.r25#26', r25(n - 1))
                        try:
                            exec(compile('if 85 + a > 26:\n    exec(\'for y in range(3):\\n    try:\\n        __observe__(\\\'f22.g24.r25.x27.x28#29\\\', (-0.5) ** -1)\\n    except Exception as e:\\n        __observe__(\\\'f22.g24.r25.x27.x28#30\\\', (type(e).__name__, str(e)))\\n    try:\\n        __observe__(\\\'f22.g24.r25.x27.x28#31\\\', -3 // -7.25)\\n    except Exception as e:\\n        __observe__(\\\'f22.g24.r25.x27.x28#32\\\', (type(e).__name__, str(e)))\\n    __observe__(\\\'f22.g24.r25.x27.x28#33\\\', dir())\\n\')\n    n = z\nelse:\n    v = 33\n__observe__(\'f22.g24.r25.x27#34\', {j: z for j in range(2)})\n', '<gen>', 'exec'))
                        except Exception as e:
                            __observe__('f22.g24.r25#35', (type(e).__name__, str(e)))
                        c = 80
                        return c
                    finally:
                        __observe__('f22.g24.r25#36', locals())
                try:
                    __observe__('f22.g24#37', r25(4))
                except Exception as e:
                    __observe__('f22.g24#38', (type(e).__name__, str(e)))
                try:
                    __observe__('f22.g24#39', f14(65, x, 40))
                except Exception as e:
                    __observe__('f22.g24#40', (type(e).__name__, str(e)))
                return z
            finally:
                __observe__('f22.g24#41', locals())
        try:
            __observe__('f22#42', g24())
        except Exception as e:
            __observe__('f22#43', (type(e).__name__, str(e)))
        try:
            exec('y -= x\nfor v in range(2):\n    x -= x\n')
            exec('a += 69\n__observe__(\'f22.x45#47\', eval(\'y\'))\nns48 = {\'b\': a, \'x\': x * 2}\nexec(\'if 0:\\n    y = 123\\n__observe__(\\\'f22.x45.x49#50\\\', y)\\ny -= x\\nx = y\\n\', ns48)\nns48.pop(\'__builtins__\', None)\n__observe__(\'f22.x45#51\', ns48)\n', globals(), locals())
            exec(compile('__observe__(\'f22.x52#54\', eval(\'y\', {\'y\': 19, \'v\': y - 9}))\nfor a in range(2):\n    c += x + a\n    print((z - 59) * 2)\nx -= v + 66\n', '<gen>', 'exec'))
        except Exception as e:
            __observe__('f22#55', (type(e).__name__, str(e)))
        __observe__('f22#56', locals())
        return z
    finally:
        __observe__('f22#57', locals())
try:
    __observe__('m#58', f22(c, a))
except Exception as e:
    __observe__('m#59', (type(e).__name__, str(e)))
h60 = (lambda z: 17)
def f61(v=87, y=c, w=c, *, z=c):
    try:
        __observe__('f61#62', locals())
        def g63(y, x):
            try:
                __observe__('f61.g63#64', globals().get('v'))
                try:
                    exec('if c > 22:\n    __observe__(\'f61.g63.x65#66\', dir())\nelse:\n    b = eval(\'97 - (b + 30)\', {\'b\': 80})\n    a = eval(\'46\', {})\n    z -= z\nc70 = compile(\'x = x\\nx = 30\\nfor b in range(1):\\n    c = 54\\n\', \'<gen>\', \'exec\')\nexec(c70)\n__observe__(\'f61.g63.x65#71\', globals().get(\'x\'))\n')
                except Exception as e:
                    __observe__('f61.g63#72', (type(e).__name__, str(e)))
                try:
                    exec(compile('v = 24 + 42\nc = x\n', '<gen>', 'exec'))
                except Exception as e:
                    __observe__('f61.g63#74', (type(e).__name__, str(e)))
                return w
            finally:
                __observe__('f61.g63#75', locals())
        v += a
        y += v
        __observe__('f61#76', locals())
        return 53
    finally:
        __observe__('f61#77', locals())
try:
    __observe__('m#78', f61(a + a, 51, 96))
except Exception as e:
    __observe__('m#79', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
