import sys
b = 65
def f1(z):
    try:
        d = locals()
        def r2(n):
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1))
                def g4():
                    try:
                        pass
                        return n
                    finally:
                        __observe__('f1.r2.g4#5', locals())
                try:
                    __observe__('f1.r2#6', g4())
                except Exception as e:
                    __observe__('f1.r2#7', (type(e).__name__, str(e)))
                d = locals()
                class C8:
                    try:
                        ns9 = {'z': z}
                        exec('globals()[\'c\'] = z\n__observe__(\'f1.r2.C8.x10#11\', locals())\n', ns9)
                        ns9.pop('__builtins__', None)
                        __observe__('f1.r2.C8#12', ns9)
                    except Exception as e:
                        __observe__('f1.r2.C8#13', (type(e).__name__, str(e)))
                    try:
                        __observe__('f1.r2.C8#14', {b for i in range(3)})
                    except Exception as e:
                        __observe__('f1.r2.C8#15', (type(e).__name__, str(e)))
                    __observe__('f1.r2.C8#16', locals())
                return 60
            finally:
                __observe__('f1.r2#17', locals())
        try:
            __observe__('f1#18', r2(3))
        except Exception as e:
            __observe__('f1#19', (type(e).__name__, str(e)))
        del z
        return 17 * 37
    finally:
        __observe__('f1#20', locals())
try:
    __observe__('m#21', f1(b))
except Exception as e:
    __observe__('m#22', (type(e).__name__, str(e)))
def f23(y=76, c=b, w=b):
    try:
        __observe__('f23#24', locals())
        sys._getframe().f_locals['b'] = y + 91
        h25 = (lambda: c)
        try:
            y = 25
        except Exception as e:
            __observe__('f23#26', (type(e).__name__, str(e)))
        w = c
        return 33
    finally:
        __observe__('f23#27', locals())
try:
    __observe__('m#28', f23(7))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
def f30(v):
    try:
        fl = sys._getframe().f_locals
        y = b
        try:
            __observe__('f30#31', [j - 20 for j in range(3)])
        except Exception as e:
            __observe__('f30#32', (type(e).__name__, str(e)))
        __observe__('f30#33', vars())
        a = v
        return y
    finally:
        __observe__('f30#34', locals())
try:
    __observe__('m#35', f30(b))
except Exception as e:
    __observe__('m#36', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
