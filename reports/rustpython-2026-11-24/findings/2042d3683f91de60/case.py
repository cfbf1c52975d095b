import sys
y = 34
w = y
a = w
def f1():
    try:
        try:
            del locals()['a']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        c = w + 47 * y
        globals()['x'] = c
        def r3(n, v):
            nonlocal c
            try:
                if n > 0:
                    __observe__('f1.r3#4', r3(n - 1, v))
                del c
                try:
                    c6 = compile('77\n', '<gen>', 'single')
                    exec(c6, globals(), locals())
                except Exception as e:
                    __observe__('f1.r3#7', (type(e).__name__, str(e)))
                return 96 * 32
            finally:
                __observe__('f1.r3#8', locals())
        try:
            __observe__('f1#9', r3(5, 41 - 1))
        except Exception as e:
            __observe__('f1#10', (type(e).__name__, str(e)))
        return 33
    finally:
        __observe__('f1#11', locals())
try:
    __observe__('m#12', f1())
except Exception as e:
    __observe__('m#13', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
