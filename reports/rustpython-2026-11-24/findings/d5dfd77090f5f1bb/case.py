import sys
v = 90
a = v
def f1():
    global v
    try:
        if 0:
            c = 172
        return 50
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1())
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    c = eval('60', {'a': a + a})
except Exception as e:
    __observe__('m#6', (type(e).__name__, str(e)))
try:
    __observe__('m#7', {v * 10 for i in range(2)})
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def f9(w, y=54 + v, *, v=29):
    global a
    try:
        w -= v * 4
        return v - 30
    finally:
        __observe__('f9#10', locals())
try:
    __observe__('m#11', f9(v, 56))
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
def r13(n, a, b, y):
    try:
        if n > 0:
            __observe__('r13#14', r13(n - 1, a, b, y))
        def r15(n, b=n, c=b, *, v=v):
            global a
            nonlocal y
            try:
                if n > 0:
                    __observe__('r13.r15#16', r15(n - 1, b, c))
                del y
                d = locals()
                def r17(n, b=a, w=19, v=40):
                    try:
                        if n > 0:
                            __observe__('r13.r15.r17#18', r17(n - 1, b, w, v))
                        h19 = (lambda: c)
                        v -= b
                        n -= 91
                        return v
                    finally:
                        __observe__('r13.r15.r17#20', locals())
                try:
                    __observe__('r13.r15#21', r17(1, 14, 17, 27))
                except Exception as e:
                    __observe__('r13.r15#22', (type(e).__name__, str(e)))
                try:
                    __observe__('r13.r15#23', {j: locals() for j in range(3)})
                except Exception as e:
                    __observe__('r13.r15#24', (type(e).__name__, str(e)))
                try:
                    __observe__('r13.r15#25', f1())
                except Exception as e:
                    __observe__('r13.r15#26', (type(e).__name__, str(e)))
                return 75 * n
            finally:
                __observe__('r13.r15#27', locals())
        try:
            __observe__('r13#28', r15(3))
        except Exception as e:
            __observe__('r13#29', (type(e).__name__, str(e)))
        try:
            exec('del n\nv = n\nv += 75\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('r13#31', (type(e).__name__, str(e)))
        def g32(y=83):
            nonlocal b
            try:
                __observe__('r13.g32#33', locals())
                del b
                __observe__('r13.g32#34', locals())
                try:
                    v = eval('w', {'w': 48 * b})
                except Exception as e:
                    __observe__('r13.g32#36', (type(e).__name__, str(e)))
                z = 52
                return 56
            finally:
                __observe__('r13.g32#37', locals())
        try:
            __observe__('r13#38', g32())
        except Exception as e:
            __observe__('r13#39', (type(e).__name__, str(e)))
        return a + 68
    finally:
        __observe__('r13#40', locals())
try:
    __observe__('m#41', r13(1, a, v, a))
except Exception as e:
    __observe__('m#42', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
