import sys
x = 26
c = 6
def f1(b, v=28):
    try:
        c = b
        try:
            ns2 = {'v': 20 - 36}
            exec('b = v\ndel v\n', {}, ns2)
            ns2.pop('__builtins__', None)
            __observe__('f1#4', ns2)
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1(48))
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def r9(n):
    try:
        if n > 0:
            __observe__('r9#10', r9(n - 1))
        def g11(v, w, a):
            nonlocal n
            try:
                del n
                v -= 71
                def g12(x, y=44):
                    try:
                        try:
                            w = eval('90 * (y + v)', {'y': x, 'v': 60})
                        except Exception as e:
                            __observe__('r9.g11.g12#14', (type(e).__name__, str(e)))
                        del x
                        return c
                    finally:
                        __observe__('r9.g11.g12#15', locals())
                return w
            finally:
                __observe__('r9.g11#16', locals())
        try:
            __observe__('r9#17', g11(x, c, x))
        except Exception as e:
            __observe__('r9#18', (type(e).__name__, str(e)))
        try:
            __observe__('r9#19', g11(c, 39, x))
        except Exception as e:
            __observe__('r9#20', (type(e).__name__, str(e)))
        return c
    finally:
        __observe__('r9#21', locals())
try:
    __observe__('m#22', r9(1))
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
