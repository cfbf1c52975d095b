import sys
z = 41
y = z
def f1():
    try:
        h2 = (lambda b, z: 65 - y + 42)
        print((z + z) * y)
        b = y
        return b * z
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1())
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
def f6():
    try:
        __observe__('f6#7', sys._getframe().f_locals)
        def g8(w):
            try:
                try:
                    exec('if False:\n    v = 148\n', globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f6.g8#10', (type(e).__name__, str(e)))
                class C11:
                    try:
                        exec(compile('ns13 = {}\nexec(\'__observe__(\\\'f6.g8.C11.x12.x14#15\\\', locals())\\n\', ns13)\nns13.pop(\'__builtins__\', None)\n__observe__(\'f6.g8.C11.x12#16\', ns13)\nz = y\n', '<gen>', 'exec'))
                    except Exception as e:
                        __observe__('f6.g8.C11#17', (type(e).__name__, str(e)))
                    __observe__('f6.g8.C11#18', locals())
                d = locals()
                return 76
            finally:
                __observe__('f6.g8#19', locals())
        try:
            __observe__('f6#20', g8(z))
        except Exception as e:
            __observe__('f6#21', (type(e).__name__, str(e)))
        return z * 49
    finally:
        __observe__('f6#22', locals())
try:
    __observe__('m#23', f6())
except Exception as e:
    __observe__('m#24', (type(e).__name__, str(e)))
def f25(z, w, a):
    try:
        try:
            c = eval('96', {'a': 9})
        except Exception as e:
            __observe__('f25#27', (type(e).__name__, str(e)))
        del z
        if y > 22:
            print(y * 36)
            d = locals()
            h28 = (lambda y, b: 52 + 88)
        return w
    finally:
        __observe__('f25#29', locals())
try:
    __observe__('m#30', f25(y, z, y))
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
if 42 > 25:
    try:
        exec('del y\nexec(compile(\'del z\\n\', \'<gen>\', \'exec\'))\ntry:\n    exec(compile(\'print(z)\\nv = y\\n__observe__(\\\'m.x32.x34#35\\\', [v for j in range(2)])\\n\', \'<gen>\', \'exec\'))\n    __observe__(\'m.x32#36\', {j: v for j in range(2)})\nexcept Exception as e:\n    __observe__(\'m.x32#37\', (type(e).__name__, str(e)))\n')
    except Exception as e:
        __observe__('m#38', (type(e).__name__, str(e)))
    for c in range(3):
        try:
            exec('__observe__(\'m.x39#40\', locals())\n__observe__(\'m.x39#41\', vars())\n__observe__(\'m.x39#42\', {i: locals() for i in range(1)})\n')
        except Exception as e:
            __observe__('m#43', (type(e).__name__, str(e)))
        x = c * (c * 25)
    z = x * c - (47 - x)
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
