import sys
c = 21 - 25
x = c
c = c * 46
def f1(w=x, x=x):
    try:
        if 39 > 2:
            d = locals()
        else:
            class C2:
                y = w
                __observe__('f1.C2#3', locals())
        w -= w
        return x
    finally:
        __observe__('f1#4', locals())
try:
    __observe__('m#5', f1(c, c * 67))
except Exception as e:
    __observe__('m#6', (type(e).__name__, str(e)))
try:
    exec('if 0:\n    a = 141\ndel locals()[\'c\']\nif False:\n    x = 131\n')
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
try:
    __observe__('m#9', {i for i in range(1)})
except Exception as e:
    __observe__('m#10', (type(e).__name__, str(e)))
def f11(x=24, c=x):
    try:
        x = c
        try:
            __observe__('f11#12', f1())
        except Exception as e:
            __observe__('f11#13', (type(e).__name__, str(e)))
        c -= 85
        __observe__('f11#14', sys._getframe().f_locals)
        b = c
        w = 0 + c
        return b
    finally:
        __observe__('f11#15', locals())
try:
    __observe__('m#16', f11(48))
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
a = x
try:
    c = f1(60 - 57)
except Exception as e:
    __observe__('m#18', (type(e).__name__, str(e)))
def f19(c=x, b=x, *, y=77):
    try:
        __observe__('f19#20', locals())
        def r21(n, c, w):
            try:
                if n > 0:
                    __observe__('f19.r21#22', r21(n - 1, c, w))
                try:
                    exec(compile('__observe__(\'f19.r21.x23#24\', {11 - i for i in range(2)})\ndel n\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f19.r21#25', (type(e).__name__, str(e)))
                try:
                    __observe__('f19.r21#26', {18 for i in range(1)})
                except Exception as e:
                    __observe__('f19.r21#27', (type(e).__name__, str(e)))
                try:
                    def g28(a=y, z=a, v=55 * n):
                        try:
                            __observe__('f19.r21.g28#29', dir())
                            try:
                                c31 = compile('v', '<gen>', 'eval')
                                __observe__('f19.r21.g28#32', eval(c31))
                            except Exception as e:
                                __observe__('f19.r21.g28#33', (type(e).__name__, str(e)))
                            class C34:
                                y = 2
                                __observe__('f19.r21.g28.C34#35', locals())
                                w = x * c
                                __observe__('f19.r21.g28.C34#36', locals())
                            return 36
                        finally:
                            __observe__('f19.r21.g28#37', locals())
                    print(4)
                    print(6)
                except Exception as e:
                    __observe__('f19.r21#38', (type(e).__name__, str(e)))
                h39 = (lambda: w)
                return b
            finally:
                __observe__('f19.r21#40', locals())
        try:
            __observe__('f19#41', r21(3, 1, a))
        except Exception as e:
            __observe__('f19#42', (type(e).__name__, str(e)))
        __observe__('f19#43', sys._getframe().f_locals)
        __observe__('f19#44', locals())
        del y
        d = locals()
        return 7
    finally:
        __observe__('f19#45', locals())
try:
    __observe__('m#46', f19())
except Exception as e:
    __observe__('m#47', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
