import sys
b = 35 - 31 + 97
def f1(y, *, w=b):
    global b
    try:
        def r2(n, w, c, x=y):
            nonlocal y
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, w, c, x))
                if 97 + 27 > 8:
                    del w
                    try:
                        exec('exec(\'n = w\\n__observe__(\\\'f1.r2.x4.x5#6\\\', locals())\\n\')\n', globals())
                    except Exception as e:
                        __observe__('f1.r2#7', (type(e).__name__, str(e)))
                else:
                    x -= 37 - b
                    __observe__('f1.r2#8', locals())
                def g9(z=y):
                    nonlocal y
                    try:
                        try:
                            c11 = compile('y\n', '<gen>', 'single')
                            exec(c11, globals=globals(), locals=locals())
                        except Exception as e:
                            __observe__('f1.r2.g9#12', (type(e).__name__, str(e)))
                        try:
                            exec('for w in range(3):\n    exec(\'for n in range(3):\\n    b = c\\n\')\n    if False:\n        z = 142\n    __observe__(\'f1.r2.g9.x13#15\', locals())\nif z > 14:\n    del y\n    if 87 * 22 > 19:\n        c = 54 - c\n        if False:\n            x = 154\n    else:\n        del x\nif 0:\n    z = 151\n', globals(), locals())
                        except Exception as e:
                            __observe__('f1.r2.g9#16', (type(e).__name__, str(e)))
                        try:
                            del locals()['w']
                            exec('c = y\n', globals(), locals())
                            __observe__('f1.r2.g9#18', sys._getframe().f_locals)
                        except Exception as e:
                            __observe__('f1.r2.g9#19', (type(e).__name__, str(e)))
                        return c
                    finally:
                        __observe__('f1.r2.g9#20', locals())
                try:
                    __observe__('f1.r2#21', g9())
                except Exception as e:
                    __observe__('f1.r2#22', (type(e).__name__, str(e)))
                def g23(c):
                    global b
                    nonlocal y
                    try:
                        try:
                            b += c
                            ns24 = {'z': b}
                            exec('__observe__(\'f1.r2.g23.x25#27\', eval(\'45\', {\'c\': z, \'x\': z, \'z\': 13}))\nexec(compile(\'x = z\\ntry:\\n    __observe__(\\\'f1.r2.g23.x25.x28#29\\\', locals())\\nexcept Exception as e:\\n    __observe__(\\\'f1.r2.g23.x25.x28#30\\\', (type(e).__name__, str(e)))\\ntry:\\n    if 0:\\n        a = 128\\n    x -= 45\\n    if False:\\n        v = 178\\nexcept Exception as e:\\n    __observe__(\\\'f1.r2.g23.x25.x28#31\\\', (type(e).__name__, str(e)))\\n\', \'<gen>\', \'exec\'))\n', ns24)
                            ns24.pop('__builtins__', None)
                            __observe__('f1.r2.g23#32', ns24)
                            __observe__('f1.r2.g23#33', locals())
                        except Exception as e:
                            __observe__('f1.r2.g23#34', (type(e).__name__, str(e)))
                        y = 16
                        __observe__('f1.r2.g23#35', locals())
                        return 82
                    finally:
                        __observe__('f1.r2.g23#36', locals())
                try:
                    __observe__('f1.r2#37', g23(n))
                except Exception as e:
                    __observe__('f1.r2#38', (type(e).__name__, str(e)))
                return n
            finally:
                __observe__('f1.r2#39', locals())
        try:
            __observe__('f1#40', r2(4, b, b))
        except Exception as e:
            __observe__('f1#41', (type(e).__name__, str(e)))
        del b
        print(46 + 10)
        b = 49
        return 3
    finally:
        __observe__('f1#42', locals())
try:
    __observe__('m#43', f1(37))
except Exception as e:
    __observe__('m#44', (type(e).__name__, str(e)))
x = 33
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
