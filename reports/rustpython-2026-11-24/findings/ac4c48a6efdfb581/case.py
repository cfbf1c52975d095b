import sys
c = 4
w = c
c = c
def f1(c=w + c, *, w=w):
    try:
        def g2(w=32, *, b=32):
            try:
                b -= 80 - c
                __observe__('f1.g2#3', dir())
                def g4():
                    try:
                        try:
                            exec('del globals()[\'v\']\ntry:\n    exec(\'if b > 24:\\n    del locals()[\\\'a\\\']\\n    globals()[\\\'c\\\'] = b\\n    if 0:\\n        x = 170\\nif False:\\n    c = 195\\nx = w\\n\')\n    del w\nexcept Exception as e:\n    __observe__(\'f1.g2.g4.x5#7\', (type(e).__name__, str(e)))\n', globals(), locals())
                        except Exception as e:
                            __observe__('f1.g2.g4#8', (type(e).__name__, str(e)))
                        try:
                            exec(compile('for z in range(2):\n    exec(\'try:\\n    z = 28\\n    del locals()[\\\'x\\\']\\nexcept Exception as e:\\n    __observe__(\\\'f1.g2.g4.x9.x10#11\\\', (type(e).__name__, str(e)))\\ny = 98 + 5\\n\')\n    try:\n        z += b\n        __observe__(\'f1.g2.g4.x9#12\', locals())\n    except Exception as e:\n        __observe__(\'f1.g2.g4.x9#13\', (type(e).__name__, str(e)))\nz += w\n', '<gen>', 'exec'), globals=globals(), locals=locals())
                        except Exception as e:
                            __observe__('f1.g2.g4#14', (type(e).__name__, str(e)))
                        c = b
                        for y in range(2):
                            __observe__('f1.g2.g4#15', locals())
                        return 49
                    finally:
                        __observe__('f1.g2.g4#16', locals())
                class C17:
                    __observe__('f1.g2.C17#18', globals().get('c'))
                    try:
                        __observe__('f1.g2.C17#19', [j for j in range(1)])
                    except Exception as e:
                        __observe__('f1.g2.C17#20', (type(e).__name__, str(e)))
                    __observe__('f1.g2.C17#21', locals())
                b -= c
                print(c)
                return 27
            finally:
                __observe__('f1.g2#22', locals())
        try:
            __observe__('f1#23', g2())
        except Exception as e:
            __observe__('f1#24', (type(e).__name__, str(e)))
        return c
    finally:
        __observe__('f1#25', locals())
try:
    __observe__('m#26', f1(c))
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
def f28():
    try:
        for a in range(1):
            __observe__('f28#29', dir())
        try:
            c31 = compile('(80 - w) * w', '<gen>', 'eval')
            __observe__('f28#32', eval(c31))
        except Exception as e:
            __observe__('f28#33', (type(e).__name__, str(e)))
        return a
    finally:
        __observe__('f28#34', locals())
try:
    __observe__('m#35', f28())
except Exception as e:
    __observe__('m#36', (type(e).__name__, str(e)))
def f37(x):
    global c
    try:
        w = c - x
        __observe__('f37#38', locals())
        v = w
        class C39:
            try:
                x = f28()
            except Exception as e:
                __observe__('f37.C39#40', (type(e).__name__, str(e)))
            try:
                c = f1(x)
            except Exception as e:
                __observe__('f37.C39#41', (type(e).__name__, str(e)))
            __observe__('f37.C39#42', locals())
        d = locals()
        return v
    finally:
        __observe__('f37#43', locals())
try:
    __observe__('m#44', f37(73))
except Exception as e:
    __observe__('m#45', (type(e).__name__, str(e)))
def f46(x=39 + c, v=c):
    try:
        v += c * 78
        try:
            c48 = compile('w\n', '<gen>', 'single')
            exec(c48, globals(), locals())
        except Exception as e:
            __observe__('f46#49', (type(e).__name__, str(e)))
        d = locals()
        try:
            c51 = compile('y = c\n', '<gen>', 'exec')
            exec(c51, globals(), locals())
        except Exception as e:
            __observe__('f46#52', (type(e).__name__, str(e)))
        def r53(n, c=62):
            nonlocal x
            try:
                if n > 0:
                    __observe__('f46.r53#54', r53(n - 1, c))
                del n
                del x
                try:
                    a = f1()
                except Exception as e:
                    __observe__('f46.r53#55', (type(e).__name__, str(e)))
                return c
            finally:
                __observe__('f46.r53#56', locals())
        try:
            __observe__('f46#57', r53(1))
        except Exception as e:
            __observe__('f46#58', (type(e).__name__, str(e)))
        return v - c
    finally:
        __observe__('f46#59', locals())
try:
    __observe__('m#60', f46(c))
except Exception as e:
    __observe__('m#61', (type(e).__name__, str(e)))
c -= c
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
