import sys
b = 49 - 46 - 48
z = 44
def f1(w, z, x, *, b=27):
    try:
        try:
            c3 = compile('31 * 4', '<gen>', 'eval')
            __observe__('f1#4', eval(c3))
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        def r6(n):
            nonlocal b
            try:
                if n > 0:
                    __observe__('f1.r6#7', r6(n - 1))
                try:
                    ns8 = {'a': b, 'x': z * w}
                    exec('__observe__(\'f1.r6.x9#10\', vars())\n', ns8)
                    ns8.pop('__builtins__', None)
                    __observe__('f1.r6#11', ns8)
                except Exception as e:
                    __observe__('f1.r6#12', (type(e).__name__, str(e)))
                del b
                return n
            finally:
                __observe__('f1.r6#13', locals())
        try:
            __observe__('f1#14', r6(5))
        except Exception as e:
            __observe__('f1#15', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f1#16', locals())
try:
    __observe__('m#17', f1(18, b, 39))
except Exception as e:
    __observe__('m#18', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
