import sys
b = 95
a = b
c = 42
def f1():
    try:
        def r2(n):
            global a
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1))
                try:
                    exec('w = eval(\'81\', {\'a\': 0, \'x\': 89 * a})\na = 47 - a\nx = n\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#6', (type(e).__name__, str(e)))
                z = 30 * a - 87
                try:
                    c9 = compile('__observe__(\'f1.r2.x7#8\', locals())\na = (a - 48) * n\n', '<gen>', 'exec')
                    exec(c9, globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#10', (type(e).__name__, str(e)))
                def g11(y, x=a):
                    nonlocal n
                    try:
                        try:
                            ns12 = {'x': 86}
                            exec('__observe__(\'f1.r2.g11.x13#14\', locals())\ny = x\ny += y\n', ns12)
                            ns12.pop('__builtins__', None)
                            __observe__('f1.r2.g11#15', ns12)
                        except Exception as e:
                            __observe__('f1.r2.g11#16', (type(e).__name__, str(e)))
                        del y
                        try:
                            a = 88
                        except Exception as e:
                            __observe__('f1.r2.g11#17', (type(e).__name__, str(e)))
                        return 42
                    finally:
                        __observe__('f1.r2.g11#18', locals())
                try:
                    __observe__('f1.r2#19', g11(c, n - 63))
                except Exception as e:
                    __observe__('f1.r2#20', (type(e).__name__, str(e)))
                return 20
            finally:
                __observe__('f1.r2#21', locals())
        try:
            __observe__('f1#22', r2(1))
        except Exception as e:
            __observe__('f1#23', (type(e).__name__, str(e)))
        y = c * (b + c)
        v = y
        return 32
    finally:
        __observe__('f1#24', locals())
try:
    __observe__('m#25', f1())
except Exception as e:
    __observe__('m#26', (type(e).__name__, str(e)))
__observe__('m#27', locals())
def f28(b=69):
    global c
    try:
        y = c
        try:
            del globals()['a']
        except Exception as e:
            __observe__('f28#29', (type(e).__name__, str(e)))
        print(51 * y)
        for z in range(1):
            try:
                __observe__('f28#31', eval('y - (13 + y)', {'y': b}))
            except Exception as e:
                __observe__('f28#32', (type(e).__name__, str(e)))
        d = locals()
        return y
    finally:
        __observe__('f28#33', locals())
try:
    __observe__('m#34', f28())
except Exception as e:
    __observe__('m#35', (type(e).__name__, str(e)))
a = (55 - c) * (40 + 64)
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
