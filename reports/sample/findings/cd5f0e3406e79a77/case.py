import sys
c = 47
c = 2
def f1(y):
    try:
        y = c
        return y
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(77))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
try:
    exec(compile('x = 28 - c\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#6', (type(e).__name__, str(e)))
def f7():
    try:
        try:
            exec(compile('__observe__(\'f7.x8#9\', locals())\nif False:\n    c = 162\nprint(71)\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f7#10', (type(e).__name__, str(e)))
        try:
            c12 = compile('c', '<gen>', 'eval')
            __observe__('f7#13', eval(c12))
        except Exception as e:
            __observe__('f7#14', (type(e).__name__, str(e)))
        w = 5
        w += w
        return 10
    finally:
        __observe__('f7#15', locals())
try:
    __observe__('m#16', f7())
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
d = locals()
def f18(w=c):
    try:
        b = c
        del w
        d = locals()
        try:
            exec('if c > 46:\n    try:\n        del locals()[\'v\']\n        y = b\n    except Exception as e:\n        __observe__(\'f18.x19#20\', (type(e).__name__, str(e)))\n    del globals()[\'v\']\nelse:\n    x = b\nw = w\n__observe__(\'f18.x19#21\', vars())\n', globals(), locals())
        except Exception as e:
            __observe__('f18#22', (type(e).__name__, str(e)))
        return c
    finally:
        __observe__('f18#23', locals())
try:
    __observe__('m#24', f18(c))
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
v = c
def f26(z):
    try:
        class C27:
            d = locals()
            __observe__('f26.C27#28', locals())
        try:
            z = eval('v', globals(), locals())
        except Exception as e:
            __observe__('f26#30', (type(e).__name__, str(e)))
        sys._getframe().f_locals['x'] = 63
        def g31(w, a, c, *, x=z):
            try:
                c = z
                d = locals()
                try:
                    __observe__('f26.g31#32', f1(26 + a))
                except Exception as e:
                    __observe__('f26.g31#33', (type(e).__name__, str(e)))
                try:
                    exec(compile('if 12 * v > 10:\n    del a\n    w = w\n    exec(\'x = c\\ntry:\\n    y = 40\\n    w = x\\nexcept Exception as e:\\n    __observe__(\\\'f26.g31.x34.x35#36\\\', (type(e).__name__, str(e)))\\nx += w\\n\')\nelse:\n    __observe__(\'f26.g31.x34#37\', {j: 69 for j in range(3)})\n    a = 26\n    del locals()[\'y\']\nns38 = {\'v\': 31}\nexec(\'__observe__(\\\'f26.g31.x34.x39#40\\\', {i: locals() for i in range(2)})\\n\', ns38)\nns38.pop(\'__builtins__\', None)\n__observe__(\'f26.g31.x34#41\', ns38)\n__observe__(\'f26.g31.x34#42\', locals())\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f26.g31#43', (type(e).__name__, str(e)))
                __observe__('f26.g31#44', locals())
                return 27 + 88
            finally:
                __observe__('f26.g31#45', locals())
        try:
            __observe__('f26#46', g31(33 + z, c * z, 79))
        except Exception as e:
            __observe__('f26#47', (type(e).__name__, str(e)))
        return z
    finally:
        __observe__('f26#48', locals())
try:
    __observe__('m#49', f26(c))
except Exception as e:
    __observe__('m#50', (type(e).__name__, str(e)))
a = c
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
