import sys
x = 76
c = x * 88
def f1(z=x, a=c + c):
    try:
        z += 91
        h2 = (lambda z, a=z, *, v=c: 72)
        a -= 71
        try:
            exec('try:\n    globals()[\'a\'] = a * z\n    del a\nexcept Exception as e:\n    __observe__(\'f1.x3#4\', (type(e).__name__, str(e)))\ndel globals()[\'a\']\n', globals(), locals())
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        return z
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1())
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def f9(w=c, a=96):
    try:
        __observe__('f9#10', locals())
        def r11(n, w=a * 20, x=a, v=47):
            try:
                if n > 0:
                    __observe__('f9.r11#12', r11(n - 1, w, x, v))
                try:
                    exec('c15 = compile(\'w\', \'<gen>\', \'eval\')\n__observe__(\'f9.r11.x13#16\', eval(c15))\n__observe__(\'f9.r11.x13#17\', locals())\n', globals(), locals())
                except Exception as e:
                    __observe__('f9.r11#18', (type(e).__name__, str(e)))
                def r19(n, x=x, v=a + 0):
                    try:
                        if n > 0:
                            __observe__('f9.r11.r19#20', r19(n - 1, x, v))
                        d = locals()
                        try:
                            ns21 = {'b': n}
                            exec('exec(\'__observe__(\\\'f9.r11.r19.x22.x23#24\\\', locals())\\n__observe__(\\\'f9.r11.r19.x22.x23#25\\\', vars())\\n\')\nz = 83\nfor z in range(3):\n    try:\n        z += 78\n        z -= 55\n    except Exception as e:\n        __observe__(\'f9.r11.r19.x22#26\', (type(e).__name__, str(e)))\n    z = z\n    z += 38\n', ns21)
                            ns21.pop('__builtins__', None)
                            __observe__('f9.r11.r19#27', ns21)
                        except Exception as e:
                            __observe__('f9.r11.r19#28', (type(e).__name__, str(e)))
                        z = v
                        return n * x
                    finally:
                        __observe__('f9.r11.r19#29', locals())
                try:
                    __observe__('f9.r11#30', r19(1, n))
                except Exception as e:
                    __observe__('f9.r11#31', (type(e).__name__, str(e)))
                return 91
            finally:
                __observe__('f9.r11#32', locals())
        try:
            __observe__('f9#33', r11(3, c, w))
        except Exception as e:
            __observe__('f9#34', (type(e).__name__, str(e)))
        w += x
        return 19
    finally:
        __observe__('f9#35', locals())
try:
    __observe__('m#36', f9(c))
except Exception as e:
    __observe__('m#37', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
