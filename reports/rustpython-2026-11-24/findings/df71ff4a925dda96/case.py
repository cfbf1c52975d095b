import sys
x = 9
w = x * 2
x = 90
def f1(z, b, a):
    try:
        def g2(a, w=a, b=x):
            try:
                __observe__('f1.g2#3', dir())
                x = b * a
                try:
                    ns4 = {'c': 75 + z, 'w': w}
                    exec('if c > 46:\n    z = c\n    try:\n        __observe__(\'f1.g2.x5#6\', dir())\n        z -= w\n        exec(compile(\'__observe__(\\\'f1.g2.x5.x7#8\\\', globals().get(\\\'a\\\'))\\ndel c\\n\', \'<gen>\', \'exec\'))\n    except Exception as e:\n        __observe__(\'f1.g2.x5#9\', (type(e).__name__, str(e)))\nelse:\n    a = w\n    c = a\n', ns4)
                    ns4.pop('__builtins__', None)
                    __observe__('f1.g2#10', ns4)
                except Exception as e:
                    __observe__('f1.g2#11', (type(e).__name__, str(e)))
                globals()['y'] = b
                def g12(a, c, b=x):
                    try:
                        x = b
                        __observe__('f1.g2.g12#13', locals())
                        x -= 65
                        h14 = (lambda x=49 * 90: 97)
                        if 34 > 16:
                            class C15:
                                try:
                                    __observe__('f1.g2.g12.C15#16', h14())
                                except Exception as e:
                                    __observe__('f1.g2.g12.C15#17', (type(e).__name__, str(e)))
                                try:
                                    ns18 = {}
                                    exec('__observe__(\'f1.g2.g12.C15.x19#20\', {b for i in range(2)})\ny = b\n', ns18)
                                    ns18.pop('__builtins__', None)
                                    __observe__('f1.g2.g12.C15#21', ns18)
                                except Exception as e:
                                    __observe__('f1.g2.g12.C15#22', (type(e).__name__, str(e)))
                                __observe__('f1.g2.g12.C15#23', locals())
                        else:
                            for w in range(2):
                                __observe__('f1.g2.g12#24', globals().get('v'))
                                y = a
                        return 37
                    finally:
                        __observe__('f1.g2.g12#25', locals())
                try:
                    __observe__('f1.g2#26', g12(31, 28, a))
                except Exception as e:
                    __observe__('f1.g2#27', (type(e).__name__, str(e)))
                try:
                    a = g12(54 + z, 63)
                except Exception as e:
                    __observe__('f1.g2#28', (type(e).__name__, str(e)))
                return w
            finally:
                __observe__('f1.g2#29', locals())
        try:
            __observe__('f1#30', g2(98 + 49, a, w * w))
        except Exception as e:
            __observe__('f1#31', (type(e).__name__, str(e)))
        if 0:
            z = 145
        z = a
        try:
            ns32 = {'a': 51, 'c': 63, 'z': w, 'w': 28}
            exec('exec(\'__observe__(\\\'f1.x33.x34#35\\\', locals())\\nw = z\\n__observe__(\\\'f1.x33.x34#36\\\', vars())\\n\')\n', {}, ns32)
            ns32.pop('__builtins__', None)
            __observe__('f1#37', ns32)
        except Exception as e:
            __observe__('f1#38', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#39', locals())
try:
    __observe__('m#40', f1(x, x + x, w))
except Exception as e:
    __observe__('m#41', (type(e).__name__, str(e)))
c = 30
__observe__('m#42', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
