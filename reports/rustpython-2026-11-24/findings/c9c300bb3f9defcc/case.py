import sys
y = 12
def f1():
    global y
    try:
        try:
            z = eval('z', {'z': y})
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        def g4(z=y, a=8, c=y):
            try:
                del c
                try:
                    a -= y + a
                    __observe__('f1.g4#5', sys._getframe().f_locals)
                except Exception as e:
                    __observe__('f1.g4#6', (type(e).__name__, str(e)))
                try:
                    exec('a = y\na += 10\nfor z in range(1):\n    z -= 11\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g4#8', (type(e).__name__, str(e)))
                __observe__('f1.g4#9', locals())
                return 17 + 64
            finally:
                __observe__('f1.g4#10', locals())
        try:
            __observe__('f1#11', g4(0 - 63, 14, y))
        except Exception as e:
            __observe__('f1#12', (type(e).__name__, str(e)))
        def g13(c, y):
            try:
                z = 64 - (27 + y)
                class C14:
                    print(c)
                    __observe__('f1.g13.C14#15', locals())
                if 0:
                    w = 122
                __observe__('f1.g13#16', vars())
                y -= y
                return y
            finally:
                __observe__('f1.g13#17', locals())
        def g18(w, x=38):
            nonlocal z
            try:
                try:
                    exec('v = 30\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g18#20', (type(e).__name__, str(e)))
                sys._getframe().f_locals['c'] = w
                d = locals()
                w += 10
                w = x
                return 26
            finally:
                __observe__('f1.g18#21', locals())
        try:
            __observe__('f1#22', g18(y))
        except Exception as e:
            __observe__('f1#23', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f1#24', locals())
try:
    __observe__('m#25', f1())
except Exception as e:
    __observe__('m#26', (type(e).__name__, str(e)))
def f27(w=y):
    global y
    try:
        try:
            del locals()['z']
        except Exception as e:
            __observe__('f27#28', (type(e).__name__, str(e)))
        try:
            c30 = compile('y * y\n', '<gen>', 'single')
            exec(c30, globals(), locals())
        except Exception as e:
            __observe__('f27#31', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f27#32', locals())
try:
    __observe__('m#33', f27())
except Exception as e:
    __observe__('m#34', (type(e).__name__, str(e)))
def f35(b, c):
    try:
        c -= b
        class C36:
            d = locals()
            try:
                c39 = compile('if False:\n    c = 177\ny = y\n__observe__(\'f35.C36.x37#38\', {31 + i for i in range(3)})\n', '<gen>', 'exec')
                exec(c39)
            except Exception as e:
                __observe__('f35.C36#40', (type(e).__name__, str(e)))
            __observe__('f35.C36#41', locals())
        __observe__('f35#42', locals())
        del c
        return y
    finally:
        __observe__('f35#43', locals())
try:
    __observe__('m#44', f35(y, y))
except Exception as e:
    __observe__('m#45', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
