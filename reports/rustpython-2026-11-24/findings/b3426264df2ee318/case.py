import sys
a = 57
a = a
v = 94
def f1(y, z=a, a=41 - 43):
    try:
        v = a
        a += a + v
        return 84 - a
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(a, 44))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
def r5(n):
    global v
    try:
        if n > 0:
            __observe__('r5#6', r5(n - 1))
        def g7(c, *, z=36):
            global a
            nonlocal n
            try:
                try:
                    b = 12
                except Exception as e:
                    __observe__('r5.g7#8', (type(e).__name__, str(e)))
                a += 86
                try:
                    c11 = compile('print(27 - v * 68)\nif False:\n    x = 175\ntry:\n    w = 92\n    w -= 26\nexcept Exception as e:\n    __observe__(\'r5.g7.x9#10\', (type(e).__name__, str(e)))\n', '<gen>', 'exec')
                    exec(c11, globals(), locals())
                except Exception as e:
                    __observe__('r5.g7#12', (type(e).__name__, str(e)))
                try:
                    ns13 = {'y': a, 'z': 40}
                    exec('if 0:\n    x = 103\n__observe__(\'r5.g7.x14#15\', locals())\n', ns13)
                    ns13.pop('__builtins__', None)
                    __observe__('r5.g7#16', ns13)
                except Exception as e:
                    __observe__('r5.g7#17', (type(e).__name__, str(e)))
                del n
                b = z
                return 21
            finally:
                __observe__('r5.g7#18', locals())
        try:
            __observe__('r5#19', g7(a))
        except Exception as e:
            __observe__('r5#20', (type(e).__name__, str(e)))
        y = v
        return v
    finally:
        __observe__('r5#21', locals())
try:
    __observe__('m#22', r5(5))
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
