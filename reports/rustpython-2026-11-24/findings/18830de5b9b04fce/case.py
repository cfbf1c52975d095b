import sys
b = 6
a = 35
x = 54
def f1(v, w):
    try:
        def g2(a):
            try:
                d = locals()
                class C3:
                    try:
                        __observe__('f1.g2.C3#4', {25 - 24 for i in range(2)})
                    except Exception as e:
                        __observe__('f1.g2.C3#5', (type(e).__name__, str(e)))
                    try:
                        ns6 = {'c': 92, 'z': w, 'v': 2 + b}
                        exec('if 0:\n    x = 199\nexec(\'__observe__(\\\'f1.g2.C3.x7.x8#9\\\', {i: v for i in range(1)})\\n\')\n__observe__(\'f1.g2.C3.x7#10\', {10 for i in range(1)})\n', {}, ns6)
                        ns6.pop('__builtins__', None)
                        __observe__('f1.g2.C3#11', ns6)
                    except Exception as e:
                        __observe__('f1.g2.C3#12', (type(e).__name__, str(e)))
                    __observe__('f1.g2.C3#13', locals())
                a += w * w
                return 12
            finally:
                __observe__('f1.g2#14', locals())
        try:
            __observe__('f1#15', g2(w))
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        __observe__('f1#17', vars())
        return 37 * 97
    finally:
        __observe__('f1#18', locals())
try:
    __observe__('m#19', f1(x - 88, x - a))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
try:
    del locals()['y']
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
def f22(x=24):
    try:
        x -= 24
        x += b - b
        return b
    finally:
        __observe__('f22#23', locals())
try:
    __observe__('m#24', f22())
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
def r26(n, a, c, b=b):
    try:
        if n > 0:
            __observe__('r26#27', r26(n - 1, a, c, b))
        a = x
        try:
            y = f1(n, 45)
        except Exception as e:
            __observe__('r26#28', (type(e).__name__, str(e)))
        class C29:
            try:
                exec('exec(\'c = 33\\n\', globals())\ny = y\n')
            except Exception as e:
                __observe__('r26.C29#32', (type(e).__name__, str(e)))
            try:
                exec('exec(\'__observe__(\\\'r26.C29.x33.x34#35\\\', vars())\\n\')\nns36 = {\'c\': 41}\nexec(\'__observe__(\\\'r26.C29.x33.x37#38\\\', locals())\\nif False:\\n    x = 107\\n\', ns36)\nns36.pop(\'__builtins__\', None)\n__observe__(\'r26.C29.x33#39\', ns36)\n')
            except Exception as e:
                __observe__('r26.C29#40', (type(e).__name__, str(e)))
            __observe__('r26.C29#41', sys._getframe().f_locals)
            __observe__('r26.C29#42', locals())
        for n in range(1):
            try:
                __observe__('r26#43', f22(x - 10))
            except Exception as e:
                __observe__('r26#44', (type(e).__name__, str(e)))
            n += n
        return n + x
    finally:
        __observe__('r26#45', locals())
try:
    __observe__('m#46', r26(4, 73, x))
except Exception as e:
    __observe__('m#47', (type(e).__name__, str(e)))
w = x
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
