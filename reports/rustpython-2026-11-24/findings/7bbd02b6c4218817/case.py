import sys
w = 11
def f1():
    try:
        class C2:
            d = locals()
            __observe__('f1.C2#3', locals())
        try:
            __observe__('f1#4', {i for i in range(2)})
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1())
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def r9(n, z, c=w):
    try:
        if n > 0:
            __observe__('r9#10', r9(n - 1, z, c))
        h11 = (lambda w=z * 1, b=74 * n: n * (b + 59))
        try:
            pass
        except Exception as e:
            __observe__('r9#12', (type(e).__name__, str(e)))
        try:
            exec('exec(\'__observe__(\\\'r9.x13.x14#15\\\', locals())\\n\')\n', globals(), locals())
        except Exception as e:
            __observe__('r9#16', (type(e).__name__, str(e)))
        x = z
        try:
            ns17 = {'z': x, 'w': n + x}
            exec('globals()[\'w\'] = z\nexec(\'try:\\n    w = w\\n    del z\\n    w -= z\\nexcept Exception as e:\\n    __observe__(\\\'r9.x18.x19#20\\\', (type(e).__name__, str(e)))\\ntry:\\n    y = z\\nexcept Exception as e:\\n    __observe__(\\\'r9.x18.x19#21\\\', (type(e).__name__, str(e)))\\n__observe__(\\\'r9.x18.x19#22\\\', locals())\\n\')\nz = w\n', ns17)
            ns17.pop('__builtins__', None)
            __observe__('r9#23', ns17)
        except Exception as e:
            __observe__('r9#24', (type(e).__name__, str(e)))
        c -= w
        return c
    finally:
        __observe__('r9#25', locals())
try:
    __observe__('m#26', r9(3, w + w))
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
def f28(w):
    try:
        print(w)
        c = 80
        v = w
        return 94
    finally:
        __observe__('f28#29', locals())
try:
    __observe__('m#30', f28(w))
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
