import sys
y = 96 - 9
b = 54
z = 35
def f1(c=70):
    try:
        def r2(n, x, v):
            nonlocal c
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, x, v))
                try:
                    c5 = compile('y\n', '<gen>', 'single')
                    exec(c5, globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#6', (type(e).__name__, str(e)))
                for n in range(1):
                    del c
                try:
                    exec('__observe__(\'f1.r2.x7#9\', eval(\'b\'))\nc = c + v\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#10', (type(e).__name__, str(e)))
                __observe__('f1.r2#11', locals())
                return 4
            finally:
                __observe__('f1.r2#12', locals())
        try:
            __observe__('f1#13', r2(4, 1, 23 * y))
        except Exception as e:
            __observe__('f1#14', (type(e).__name__, str(e)))
        try:
            __observe__('f1#16', eval('a', {'a': c + y, 'b': 40, 'y': c}))
        except Exception as e:
            __observe__('f1#17', (type(e).__name__, str(e)))
        __observe__('f1#18', vars())
        return z
    finally:
        __observe__('f1#19', locals())
try:
    __observe__('m#20', f1(z))
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
__observe__('m#22', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
