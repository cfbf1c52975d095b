import sys
z = 39
def f1(w):
    try:
        try:
            exec('globals()[\'v\'] = 68 - 77\nns3 = {\'b\': 53, \'c\': w, \'y\': w, \'z\': z, \'v\': 17 + 86, \'w\': 88}\nexec(\'del y\\nz = b\\nb = b\\n\', {}, ns3)\nns3.pop(\'__builtins__\', None)\n__observe__(\'f1.x2#5\', ns3)\n', globals(), locals())
        except Exception as e:
            __observe__('f1#6', (type(e).__name__, str(e)))
        if 0:
            z = 101
        b = 12
        return w
    finally:
        __observe__('f1#7', locals())
try:
    __observe__('m#8', f1(22))
except Exception as e:
    __observe__('m#9', (type(e).__name__, str(e)))
y = z
try:
    __observe__('m#11', eval('85', {'a': v, 'c': v, 'v': 54, 'w': 18}))
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
def f13(b, x):
    try:
        try:
            __observe__('f13#14', {x - 36 for j in range(1)})
        except Exception as e:
            __observe__('f13#15', (type(e).__name__, str(e)))
        try:
            __observe__('f13#17', eval('w', {'x': b, 'v': 51 + v, 'w': v}))
        except Exception as e:
            __observe__('f13#18', (type(e).__name__, str(e)))
        def g19(c, b):
            global y
            try:
                del b
                y += 6
                try:
                    ns20 = {'a': y, 'v': b}
                    exec('b = a\n', {}, ns20)
                    ns20.pop('__builtins__', None)
                    __observe__('f13.g19#22', ns20)
                except Exception as e:
                    __observe__('f13.g19#23', (type(e).__name__, str(e)))
                return z
            finally:
                __observe__('f13.g19#24', locals())
        try:
            __observe__('f13#25', g19(19, 96))
        except Exception as e:
            __observe__('f13#26', (type(e).__name__, str(e)))
        del x
        return 9 + b
    finally:
        __observe__('f13#27', locals())
try:
    __observe__('m#28', f13(z, z))
except Exception as e:
    __observe__('m#29', (type(e).__name__, str(e)))
if z > 43:
    z += z
    try:
        __observe__('m#30', f1(v))
    except Exception as e:
        __observe__('m#31', (type(e).__name__, str(e)))
    b = 70
else:
    if 0:
        x = 109
    b = b
a = z
def f32(z):
    try:
        try:
            exec('__observe__(\'f32.x33#34\', [locals() for i in range(3)])\nexec(\'try:\\n    try:\\n        if False:\\n            a = 168\\n        c = a\\n        __observe__(\\\'f32.x33.x35#36\\\', locals())\\n    except Exception as e:\\n        __observe__(\\\'f32.x33.x35#37\\\', (type(e).__name__, str(e)))\\nexcept Exception as e:\\n    __observe__(\\\'f32.x33.x35#38\\\', (type(e).__name__, str(e)))\\nfor z in range(2):\\n    z += c * 71\\n\')\nz = v\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f32#39', (type(e).__name__, str(e)))
        for z in range(2):
            try:
                if 96 > 5:
                    try:
                        c42 = compile('__observe__(\'f32.x40#41\', vars())\nz = x\n', '<gen>', 'exec')
                        exec(c42, globals(), locals())
                    except Exception as e:
                        __observe__('f32#43', (type(e).__name__, str(e)))
                    z -= 93
                    fl = sys._getframe().f_locals
                try:
                    exec('c = y\ndel z\n', globals(), locals())
                except Exception as e:
                    __observe__('f32#45', (type(e).__name__, str(e)))
            except Exception as e:
                __observe__('f32#46', (type(e).__name__, str(e)))
        try:
            exec('__observe__(\'f32.x47#48\', vars())\nc = 6 * z\nexec(\'__observe__(\\\'f32.x47.x49#50\\\', locals())\\n\')\n', globals(), locals())
        except Exception as e:
            __observe__('f32#51', (type(e).__name__, str(e)))
        try:
            exec('print(b)\n__observe__(\'f32.x52#53\', dir())\nw = a\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f32#54', (type(e).__name__, str(e)))
        return 82
    finally:
        __observe__('f32#55', locals())
try:
    __observe__('m#56', f32(a))
except Exception as e:
    __observe__('m#57', (type(e).__name__, str(e)))
try:
    __observe__('m#58', f32(y))
except Exception as e:
    __observe__('m#59', (type(e).__name__, str(e)))
z = 71
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
