import sys
a = 27 - 25
w = 73
x = w
def f1():
    try:
        try:
            c3 = compile('a * w\n', '<gen>', 'single')
            exec(c3, globals(), locals())
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        for a in range(3):
            a -= 69
        if False:
            w = 154
        return x
    finally:
        __observe__('f1#5', locals())
try:
    __observe__('m#6', f1())
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
def f8(a=11):
    try:
        try:
            exec('if x > 8:\n    a = x\n', globals(), locals())
        except Exception as e:
            __observe__('f8#10', (type(e).__name__, str(e)))
        class C11:
            y = x
            __observe__('f8.C11#12', locals())
        globals()['z'] = 43
        return x
    finally:
        __observe__('f8#13', locals())
try:
    __observe__('m#14', f8())
except Exception as e:
    __observe__('m#15', (type(e).__name__, str(e)))
x -= x
def r16(n, z, x=x - x, w=19):
    try:
        if n > 0:
            __observe__('r16#17', r16(n - 1, z, x, w))
        def g18(b=x):
            global x
            try:
                try:
                    exec(compile('ns20 = {\'y\': w, \'z\': b, \'v\': 18, \'w\': a}\nexec(\'w = 41\\n__observe__(\\\'r16.g18.x19.x21#22\\\', locals())\\n\', ns20)\nns20.pop(\'__builtins__\', None)\n__observe__(\'r16.g18.x19#23\', ns20)\nb = z\n', '<gen>', 'exec'), globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('r16.g18#24', (type(e).__name__, str(e)))
                try:
                    exec(compile('print(49 - 43 * x)\ny = a + 35\ntry:\n    if n > 26:\n        y += 19\n        c = 51\n    y += b\nexcept Exception as e:\n    __observe__(\'r16.g18.x25#26\', (type(e).__name__, str(e)))\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('r16.g18#27', (type(e).__name__, str(e)))
                try:
                    a = x
                except Exception as e:
                    __observe__('r16.g18#28', (type(e).__name__, str(e)))
                try:
                    __observe__('r16.g18#29', list((n for i in range(3))))
                except Exception as e:
                    __observe__('r16.g18#30', (type(e).__name__, str(e)))
                try:
                    exec('__observe__(\'r16.g18.x31#32\', {j: n for j in range(3)})\n', globals(), locals())
                except Exception as e:
                    __observe__('r16.g18#33', (type(e).__name__, str(e)))
                d = locals()
                return n
            finally:
                __observe__('r16.g18#34', locals())
        try:
            __observe__('r16#35', g18(49))
        except Exception as e:
            __observe__('r16#36', (type(e).__name__, str(e)))
        del n
        z = 7
        x -= 45
        return z
    finally:
        __observe__('r16#37', locals())
try:
    __observe__('m#38', r16(2, 31, w - w, x - 38))
except Exception as e:
    __observe__('m#39', (type(e).__name__, str(e)))
def f40(a=w):
    try:
        h41 = (lambda x: x)
        return 88
    finally:
        __observe__('f40#42', locals())
try:
    __observe__('m#43', f40(x))
except Exception as e:
    __observe__('m#44', (type(e).__name__, str(e)))
def f45(z, *, v=a):
    try:
        a = 32
        w = 96
        try:
            def r46(n):
                global w
                nonlocal v
                try:
                    if n > 0:
                        __observe__('f45.r46#47', r46(n - 1))
                    try:
                        __observe__('f45.r46#48', {w for j in range(1)})
                    except Exception as e:
                        __observe__('f45.r46#49', (type(e).__name__, str(e)))
                    del v
                    return n
                finally:
                    __observe__('f45.r46#50', locals())
            __observe__('f45#51', r46(3))
        except Exception as e:
            __observe__('f45#52', (type(e).__name__, str(e)))
        return 14 + 51
    finally:
        __observe__('f45#53', locals())
try:
    __observe__('m#54', f45(73))
except Exception as e:
    __observe__('m#55', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
