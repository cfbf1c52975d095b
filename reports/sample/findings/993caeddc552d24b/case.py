import sys
c = 11 * 59
a = c
y = c
def f1(y=a + y, w=a):
    try:
        try:
            exec('try:\n    ns3 = {\'b\': 23 * 47, \'c\': w, \'z\': 50}\n    exec(\'x = z\\n__observe__(\\\'f1.x2.x4#5\\\', locals())\\n\', ns3)\n    ns3.pop(\'__builtins__\', None)\n    __observe__(\'f1.x2#6\', ns3)\n    del a\n    b = a\nexcept Exception as e:\n    __observe__(\'f1.x2#7\', (type(e).__name__, str(e)))\nfor v in range(3):\n    for w in range(2):\n        v = b\n        __observe__(\'f1.x2#8\', dir())\n    c = 79\n    for a in range(2):\n        __observe__(\'f1.x2#9\', globals().get(\'a\'))\n        __observe__(\'f1.x2#10\', locals())\n        c13 = compile(\'y = 30 * (50 * v)\\nc = 72 - 95\\n__observe__(\\\'f1.x2.x11#12\\\', vars())\\n\', \'<gen>\', \'exec\')\n        exec(c13)\nexec(\'v -= w\\na = 50 * v\\n\')\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f1#15', (type(e).__name__, str(e)))
        w += 21
        if c > 10:
            def g16(x, b=w):
                try:
                    try:
                        exec('exec(\'__observe__(\\\'f1.g16.x17.x18#19\\\', dir())\\na = c\\n\', globals(), locals())\nw = eval(compile(\'c + x\', \'<gen>\', \'eval\'))\n', globals(), locals())
                    except Exception as e:
                        __observe__('f1.g16#21', (type(e).__name__, str(e)))
                    return c
                finally:
                    __observe__('f1.g16#22', locals())
            try:
                __observe__('f1#23', g16(w * y, y))
            except Exception as e:
                __observe__('f1#24', (type(e).__name__, str(e)))
            __observe__('f1#25', locals())
        else:
            d = locals()
            __observe__('f1#26', vars())
        return y
    finally:
        __observe__('f1#27', locals())
try:
    __observe__('m#28', f1(y))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
c += 81
def f30():
    try:
        x = y
        x = 28 * 30 + c
        __observe__('f30#31', vars())
        return c + 11
    finally:
        __observe__('f30#32', locals())
try:
    __observe__('m#33', f30())
except Exception as e:
    __observe__('m#34', (type(e).__name__, str(e)))
def f35():
    try:
        try:
            exec('y -= y * y\na += c\na += y\n', globals(), locals())
        except Exception as e:
            __observe__('f35#37', (type(e).__name__, str(e)))
        def g38():
            try:
                try:
                    __observe__('f35.g38#39', f1())
                except Exception as e:
                    __observe__('f35.g38#40', (type(e).__name__, str(e)))
                return y
            finally:
                __observe__('f35.g38#41', locals())
        try:
            __observe__('f35#42', g38())
        except Exception as e:
            __observe__('f35#43', (type(e).__name__, str(e)))
        return 23 - 24
    finally:
        __observe__('f35#44', locals())
try:
    __observe__('m#45', f35())
except Exception as e:
    __observe__('m#46', (type(e).__name__, str(e)))
def f47():
    try:
        w = c
        for w in range(1):
            __observe__('f47#48', locals())
        try:
            __observe__('f47#50', eval('w'))
        except Exception as e:
            __observe__('f47#51', (type(e).__name__, str(e)))
        v = c
        class C52:
            d = locals()
            try:
                c54 = compile('c + v', '<gen>', 'eval')
                __observe__('f47.C52#55', eval(c54))
            except Exception as e:
                __observe__('f47.C52#56', (type(e).__name__, str(e)))
            __observe__('f47.C52#57', locals())
        return y
    finally:
        __observe__('f47#58', locals())
try:
    __observe__('m#59', f47())
except Exception as e:
    __observe__('m#60', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
