import sys
w = 77
def f1():
    try:
        def r2(n, a=w, *, w=w):
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, a))
                n -= 45
                try:
                    exec('__observe__(\'f1.r2.x4#5\', list((34 for i in range(3))))\n__observe__(\'f1.r2.x4#6\', locals())\nif 25 > 29:\n    __observe__(\'f1.r2.x4#7\', {j: w for j in range(3)})\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.r2#8', (type(e).__name__, str(e)))
                a += 17
                try:
                    ns9 = {'b': 40 + 22, 'c': 96 + a}
                    exec('ns11 = {\'c\': c, \'y\': c, \'v\': 9 + 97}\nexec(\'if False:\\n    x = 110\\n__observe__(\\\'f1.r2.x10.x12#13\\\', dir())\\n__observe__(\\\'f1.r2.x10.x12#14\\\', locals())\\n\', ns11)\nns11.pop(\'__builtins__\', None)\n__observe__(\'f1.r2.x10#15\', ns11)\n', ns9)
                    ns9.pop('__builtins__', None)
                    __observe__('f1.r2#16', ns9)
                except Exception as e:
                    __observe__('f1.r2#17', (type(e).__name__, str(e)))
                return n
            finally:
                __observe__('f1.r2#18', locals())
        try:
            __observe__('f1#19', r2(2, w))
        except Exception as e:
            __observe__('f1#20', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#21', locals())
try:
    __observe__('m#22', f1())
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
