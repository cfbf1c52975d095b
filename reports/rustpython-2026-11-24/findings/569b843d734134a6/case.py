import sys
v = 59
a = 22
c = v
def f1(v=c, c=82):
    try:
        d = locals()
        def g2(a=a):
            nonlocal c
            try:
                c = 79 - (a + a)
                def r3(n, z=23, b=v, a=40):
                    nonlocal c
                    try:
                        if n > 0:
                            __observe__('f1.g2.r3#4', r3(n - 1, z, b, a))
                        del c
                        return z
                    finally:
                        __observe__('f1.g2.r3#5', locals())
                try:
                    __observe__('f1.g2#6', r3(4, 46 + a))
                except Exception as e:
                    __observe__('f1.g2#7', (type(e).__name__, str(e)))
                return 13
            finally:
                __observe__('f1.g2#8', locals())
        try:
            __observe__('f1#9', g2())
        except Exception as e:
            __observe__('f1#10', (type(e).__name__, str(e)))
        try:
            __observe__('f1#12', eval('c', {'c': 37}))
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        try:
            c = g2(26)
        except Exception as e:
            __observe__('f1#14', (type(e).__name__, str(e)))
        z = 5
        return 26
    finally:
        __observe__('f1#15', locals())
try:
    __observe__('m#16', f1(v - v))
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
x = v
try:
    __observe__('m#19', eval('x + v', globals(), locals()))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
