import sys
x = 78
a = x
def f1():
    try:
        def g2(w, x):
            try:
                def r3(n, y, x=a, c=a):
                    try:
                        if n > 0:
                            __observe__('f1.g2.r3#4', r3(n - 1, y, x, c))
                        if False:
                            y = 121
                        try:
                            ns5 = {'a': 86, 'b': w}
                            exec('exec(compile(\'v = 45\\n\', \'<gen>\', \'exec\'))\n__observe__(\'f1.g2.r3.x6#8\', locals())\n', ns5)
                            ns5.pop('__builtins__', None)
                            __observe__('f1.g2.r3#9', ns5)
                        except Exception as e:
                            __observe__('f1.g2.r3#10', (type(e).__name__, str(e)))
                        return 10
                    finally:
                        __observe__('f1.g2.r3#11', locals())
                try:
                    __observe__('f1.g2#12', r3(5, w))
                except Exception as e:
                    __observe__('f1.g2#13', (type(e).__name__, str(e)))
                w -= 55 * 33
                try:
                    exec('if x > 17:\n    __observe__(\'f1.g2.x14#15\', dir())\nelse:\n    try:\n        __observe__(\'f1.g2.x14#16\', vars())\n        v = w\n    except Exception as e:\n        __observe__(\'f1.g2.x14#17\', (type(e).__name__, str(e)))\n__observe__(\'f1.g2.x14#18\', list((i for i in range(1))))\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g2#19', (type(e).__name__, str(e)))
                return x
            finally:
                __observe__('f1.g2#20', locals())
        try:
            __observe__('f1#21', g2(a, x))
        except Exception as e:
            __observe__('f1#22', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f1#23', locals())
try:
    __observe__('m#24', f1())
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
try:
    __observe__('m#26', {80 + i for i in range(2)})
    exec('if a > 41:\n    print(x)\n    y = a\nelse:\n    __observe__(\'m.x27#28\', locals())\n    if False:\n        x = 141\nv = eval(compile(\'x\', \'<gen>\', \'eval\'))\nv -= a\n')
except Exception as e:
    __observe__('m#30', (type(e).__name__, str(e)))
__observe__('m#31', sys._getframe().f_locals)
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
