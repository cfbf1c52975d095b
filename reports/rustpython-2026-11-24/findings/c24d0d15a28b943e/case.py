import sys
v = 38
def f1(b=34 * v, w=v, c=v + 62):
    try:
        try:
            w = w
            def g2(b=b):
                nonlocal w
                try:
                    del w
                    b += c
                    def g3(z=7):
                        nonlocal w
                        try:
                            x = 53
                            y = 51
                            print(32 * 6 - y)
                            z = y
                            return x
                        finally:
                            __observe__('f1.g2.g3#4', locals())
                    try:
                        __observe__('f1.g2#5', g3())
                    except Exception as e:
                        __observe__('f1.g2#6', (type(e).__name__, str(e)))
                    return 92
                finally:
                    __observe__('f1.g2#7', locals())
            __observe__('f1#8', g2())
            b = 55
        except Exception as e:
            __observe__('f1#9', (type(e).__name__, str(e)))
        try:
            __observe__('f1#10', g2())
        except Exception as e:
            __observe__('f1#11', (type(e).__name__, str(e)))
        try:
            c13 = compile('b\n', '<gen>', 'single')
            exec(c13, globals(), locals())
        except Exception as e:
            __observe__('f1#14', (type(e).__name__, str(e)))
        return 22
    finally:
        __observe__('f1#15', locals())
try:
    __observe__('m#16', f1(78, v, v * 22))
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
