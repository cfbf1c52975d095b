import sys
z = 28 - 52 - 28
def f1(c, a, *, w=z):
    try:
        a -= z
        try:
            a = eval('w', {'w': 23})
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        class C4:
            try:
                del locals()['x']
            except Exception as e:
                __observe__('f1.C4#5', (type(e).__name__, str(e)))
            __observe__('f1.C4#6', locals())
        return a
    finally:
        __observe__('f1#7', locals())
try:
    __observe__('m#8', f1(z, z))
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
z += z
def f10(w, c, z=z, *, y=z):
    try:
        __observe__('f10#11', locals())
        return 17
    finally:
        __observe__('f10#12', locals())
try:
    __observe__('m#13', f10(z, 36))
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
def f15(b, c):
    try:
        try:
            ns16 = {'a': z, 'y': c, 'z': b}
            exec('w = a\ny = w\n__observe__(\'f15.x17#19\', eval(\'66\', {\'c\': z - 8}))\n', {}, ns16)
            ns16.pop('__builtins__', None)
            __observe__('f15#20', ns16)
        except Exception as e:
            __observe__('f15#21', (type(e).__name__, str(e)))
        del b
        h22 = (lambda b=35: 68 - c)
        try:
            exec('v = 88 * 61\n', globals(), locals())
        except Exception as e:
            __observe__('f15#24', (type(e).__name__, str(e)))
        c -= c
        return c
    finally:
        __observe__('f15#25', locals())
try:
    __observe__('m#26', f15(40 * z, z + z))
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
try:
    __observe__('m#28', f15(z, z))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
def f30(a, c, x):
    try:
        c = c
        return a
    finally:
        __observe__('f30#31', locals())
try:
    __observe__('m#32', f30(z, z, z))
except Exception as e:
    __observe__('m#33', (type(e).__name__, str(e)))
def f34(x, y=z, w=17):
    try:
        def r35(n, b):
            nonlocal x
            try:
                if n > 0:
                    __observe__('f34.r35#36', r35(n - 1, b))
                try:
                    ns37 = {'a': y, 'v': z, 'w': n - 12}
                    exec('for z in range(3):\n    try:\n        __observe__(\'f34.r35.x38#40\', eval(\'a\', globals(), locals()))\n        print(w)\n    except Exception as e:\n        __observe__(\'f34.r35.x38#41\', (type(e).__name__, str(e)))\n    x = z\nx -= z\n', ns37)
                    ns37.pop('__builtins__', None)
                    __observe__('f34.r35#42', ns37)
                except Exception as e:
                    __observe__('f34.r35#43', (type(e).__name__, str(e)))
                c = b
                del x
                del b
                c -= 82
                c = w
                return 89 - w
            finally:
                __observe__('f34.r35#44', locals())
        try:
            __observe__('f34#45', r35(3, y))
        except Exception as e:
            __observe__('f34#46', (type(e).__name__, str(e)))
        c = y
        c -= z + c
        __observe__('f34#47', dir())
        return 6
    finally:
        __observe__('f34#48', locals())
try:
    __observe__('m#49', f34(z))
except Exception as e:
    __observe__('m#50', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
