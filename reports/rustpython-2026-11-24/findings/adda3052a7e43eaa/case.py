import sys
a = 28
def f1(c):
    global a
    try:
        __observe__('f1#2', vars())
        __observe__('f1#3', dir())
        z = 37
        def r4(n, a=45, x=45 * c, *, c=8):
            try:
                if n > 0:
                    __observe__('f1.r4#5', r4(n - 1, a, x))
                def g6(a):
                    try:
                        for y in range(2):
                            try:
                                y += n
                                del a
                            except Exception as e:
                                __observe__('f1.r4.g6#7', (type(e).__name__, str(e)))
                        y += 51 - n
                        del y
                        return n
                    finally:
                        __observe__('f1.r4.g6#8', locals())
                try:
                    __observe__('f1.r4#9', g6(n))
                except Exception as e:
                    __observe__('f1.r4#10', (type(e).__name__, str(e)))
                try:
                    __observe__('f1.r4#11', {j: 13 + 76 for j in range(1)})
                except Exception as e:
                    __observe__('f1.r4#12', (type(e).__name__, str(e)))
                print(n)
                del n
                return 67
            finally:
                __observe__('f1.r4#13', locals())
        try:
            __observe__('f1#14', r4(5))
        except Exception as e:
            __observe__('f1#15', (type(e).__name__, str(e)))
        c -= c
        return z
    finally:
        __observe__('f1#16', locals())
try:
    __observe__('m#17', f1(a))
except Exception as e:
    __observe__('m#18', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
