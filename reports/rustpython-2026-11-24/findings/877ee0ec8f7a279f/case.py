import sys
b = 6
b = b
def f1(a, z, x=b, *, y=63):
    try:
        a -= b
        w = z
        try:
            del locals()['x']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        y = b
        w = z
        def g3(a, v, c):
            nonlocal x
            try:
                d = locals()
                def g4(b, y, a=48):
                    try:
                        try:
                            del sys._getframe().f_locals['a']
                        except Exception as e:
                            __observe__('f1.g3.g4#5', (type(e).__name__, str(e)))
                        a = w
                        d = locals()
                        return a + 9
                    finally:
                        __observe__('f1.g3.g4#6', locals())
                try:
                    __observe__('f1.g3#7', g4(z, y, y))
                except Exception as e:
                    __observe__('f1.g3#8', (type(e).__name__, str(e)))
                c += 99
                try:
                    exec('c = 21 - (90 + v)\na = z * v\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g3#10', (type(e).__name__, str(e)))
                return v
            finally:
                __observe__('f1.g3#11', locals())
        try:
            __observe__('f1#12', g3(w, w, 21))
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        return 37
    finally:
        __observe__('f1#14', locals())
try:
    __observe__('m#15', f1(24, 66 - b))
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
y = 38
try:
    __observe__('m#18', eval('a - 39', {'a': b}))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
