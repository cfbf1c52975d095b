import sys
x = 58 * 72 - 73
a = x
def f1():
    try:
        def r2(n):
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1))
                try:
                    exec('a = 80\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#5', (type(e).__name__, str(e)))
                n += 30
                if 26 > 23:
                    try:
                        print(19)
                    except Exception as e:
                        __observe__('f1.r2#6', (type(e).__name__, str(e)))
                    try:
                        exec('__observe__(\'f1.r2.x7#8\', globals().get(\'w\'))\n', globals(), locals())
                    except Exception as e:
                        __observe__('f1.r2#9', (type(e).__name__, str(e)))
                    try:
                        exec('try:\n    globals()[\'y\'] = 0\n    z = x\n    n = 54\nexcept Exception as e:\n    __observe__(\'f1.r2.x10#11\', (type(e).__name__, str(e)))\nn = 24\n', globals(), locals())
                    except Exception as e:
                        __observe__('f1.r2#12', (type(e).__name__, str(e)))
                else:
                    for n in range(2):
                        try:
                            b = eval('52', {'b': 30})
                        except Exception as e:
                            __observe__('f1.r2#14', (type(e).__name__, str(e)))
                    c = 22
                    d = locals()
                def r15(n, w, x=50):
                    try:
                        if n > 0:
                            __observe__('f1.r2.r15#16', r15(n - 1, w, x))
                        try:
                            w += 42
                        except Exception as e:
                            __observe__('f1.r2.r15#17', (type(e).__name__, str(e)))
                        a = 84
                        try:
                            ns18 = {'a': a, 'x': w + 11, 'w': 42 * y}
                            exec('__observe__(\'f1.r2.r15.x19#20\', vars())\nexec(\'del locals()[\\\'b\\\']\\n\')\n__observe__(\'f1.r2.r15.x19#22\', [w for j in range(1)])\n', ns18)
                            ns18.pop('__builtins__', None)
                            __observe__('f1.r2.r15#23', ns18)
                        except Exception as e:
                            __observe__('f1.r2.r15#24', (type(e).__name__, str(e)))
                        return 26 + 56
                    finally:
                        __observe__('f1.r2.r15#25', locals())
                try:
                    __observe__('f1.r2#26', r15(5, a))
                except Exception as e:
                    __observe__('f1.r2#27', (type(e).__name__, str(e)))
                globals()['z'] = a
                return a
            finally:
                __observe__('f1.r2#28', locals())
        try:
            __observe__('f1#29', r2(3))
        except Exception as e:
            __observe__('f1#30', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#31', locals())
try:
    __observe__('m#32', f1())
except Exception as e:
    __observe__('m#33', (type(e).__name__, str(e)))
for c in range(1):
    d = locals()
b = a
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
