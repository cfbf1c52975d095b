import sys
a = 62
v = 7
c = 93
def f1(y, w, a):
    try:
        def r2(n):
            try:
                if n > 0:
                    __observe__('f1.r2#3', r2(n - 1))
                class C4:
                    __observe__('f1.r2.C4#5', vars())
                    __observe__('f1.r2.C4#6', locals())
                return 97
            finally:
                __observe__('f1.r2#7', locals())
        try:
            __observe__('f1#8', r2(2))
        except Exception as e:
            __observe__('f1#9', (type(e).__name__, str(e)))
        try:
            __observe__('f1#10', [18 for i in range(2)])
        except Exception as e:
            __observe__('f1#11', (type(e).__name__, str(e)))
        d = locals()
        y += w - 73
        try:
            exec('y = 54\n', globals(), locals())
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f1#14', locals())
try:
    __observe__('m#15', f1(v, v, c))
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
w = 13
a = 40
def f17(w, z, a):
    global c
    try:
        try:
            x = eval('72 + a - (z - 66)', globals(), locals())
        except Exception as e:
            __observe__('f17#19', (type(e).__name__, str(e)))
        try:
            y = w
            del sys._getframe().f_locals['a']
        except Exception as e:
            __observe__('f17#20', (type(e).__name__, str(e)))
        d = locals()
        return c + v
    finally:
        __observe__('f17#21', locals())
try:
    __observe__('m#22', f17(5, v, v))
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
if w - 13 > 20:
    b = w
    x = 42 + (5 + w)
    x = w
else:
    __observe__('m#24', dir())
    try:
        exec('try:\n    exec(\'__observe__(\\\'m.x25.x26#27\\\', locals())\\nw = 86\\n\', globals())\n    exec(\'y = b\\n__observe__(\\\'m.x25.x28#29\\\', locals())\\nprint(w)\\n\', globals())\n    print(x)\nexcept Exception as e:\n    __observe__(\'m.x25#30\', (type(e).__name__, str(e)))\n', globals(), locals())
    except Exception as e:
        __observe__('m#31', (type(e).__name__, str(e)))
    def f32(x=x + c, a=v, w=c, *, v=v - w):
        try:
            x = x
            try:
                x = a * 69 * x
                v = 7
            except Exception as e:
                __observe__('f32#33', (type(e).__name__, str(e)))
            if 0:
                v = 119
            __observe__('f32#34', locals())
            return w
        finally:
            __observe__('f32#35', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
