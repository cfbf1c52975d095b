import sys
y = 52 + 79
y = 57
def f1(c, x, v=y):
    try:
        fl = sys._getframe().f_locals
        c = 58
        def g2():
            nonlocal c
            try:
                try:
                    exec('__observe__(\'f1.g2.x3#4\', [locals() for i in range(2)])\nv = v * (v * x)\nv += c\n', globals())
                except Exception as e:
                    __observe__('f1.g2#5', (type(e).__name__, str(e)))
                del c
                print(x)
                return v
            finally:
                __observe__('f1.g2#6', locals())
        try:
            __observe__('f1#7', g2())
        except Exception as e:
            __observe__('f1#8', (type(e).__name__, str(e)))
        class C9:
            sys._getframe().f_locals['a'] = 42
            try:
                c = g2()
            except Exception as e:
                __observe__('f1.C9#10', (type(e).__name__, str(e)))
            __observe__('f1.C9#11', locals())
        return v
    finally:
        __observe__('f1#12', locals())
try:
    __observe__('m#13', f1(y, 17 + 50))
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
a = y
try:
    exec('if False:\n    x = 149\n')
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
def f17(b=27, v=y, x=a, *, c=97):
    try:
        __observe__('f17#18', locals())
        __observe__('f17#19', dir())
        c += 1
        c -= 0
        __observe__('f17#20', vars())
        return 62 - v
    finally:
        __observe__('f17#21', locals())
try:
    __observe__('m#22', f17())
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
__observe__('m#24', vars())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
