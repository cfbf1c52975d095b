import sys
c = 65
c = 55
def f1():
    global c
    try:
        a = c - c
        def r2(n, v=a, y=c):
            global c
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1, v, y))
                __observe__('f1.r2#4', dir())
                h5 = (lambda: y + y)
                __observe__('f1.r2#6', vars())
                def r7(n):
                    nonlocal a
                    try:
                        if n > 0:
                            __observe__('f1.r2.r7#8', r7(n - 1))
                        try:
                            __observe__('f1.r2.r7#9', h5())
                        except Exception as e:
                            __observe__('f1.r2.r7#10', (type(e).__name__, str(e)))
                        d = locals()
                        __observe__('f1.r2.r7#11', locals())
                        del a
                        return y
                    finally:
                        __observe__('f1.r2.r7#12', locals())
                try:
                    __observe__('f1.r2#13', r7(3))
                except Exception as e:
                    __observe__('f1.r2#14', (type(e).__name__, str(e)))
                return 40
            finally:
                __observe__('f1.r2#15', locals())
        try:
            __observe__('f1#16', r2(2, c))
        except Exception as e:
            __observe__('f1#17', (type(e).__name__, str(e)))
        __observe__('f1#18', dir())
        del c
        return 3
    finally:
        __observe__('f1#19', locals())
try:
    __observe__('m#20', f1())
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
try:
    exec('del c\nv = 52\n')
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
if False:
    x = 139
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
