import sys
v = 47
z = v
x = 11
def f1(z):
    try:
        b = 55
        del b
        return 30 * 54
    finally:
        __observe__('f1#2', locals())
try:
    __observe__('m#3', f1(z))
except Exception as e:
    __observe__('m#4', (type(e).__name__, str(e)))
def r5(n):
    try:
        if n > 0:
            __observe__('r5#6', r5(n - 1))
        def g7(c=48, b=42 - 77):
            nonlocal n
            try:
                fl = sys._getframe().f_locals
                locals()
                __observe__('r5.g7#8', fl)
                def g9():
                    try:
                        try:
                            del sys._getframe().f_locals['y']
                        except Exception as e:
                            __observe__('r5.g7.g9#10', (type(e).__name__, str(e)))
                        z = x
                        try:
                            __observe__('r5.g7.g9#11', f1(z))
                        except Exception as e:
                            __observe__('r5.g7.g9#12', (type(e).__name__, str(e)))
                        try:
                            v = eval('c - c', {'c': 87, 'w': 80})
                        except Exception as e:
                            __observe__('r5.g7.g9#14', (type(e).__name__, str(e)))
                        return b
                    finally:
                        __observe__('r5.g7.g9#15', locals())
                try:
                    __observe__('r5.g7#16', g9())
                except Exception as e:
                    __observe__('r5.g7#17', (type(e).__name__, str(e)))
                n = 20
                a = z
                return 8
            finally:
                __observe__('r5.g7#18', locals())
        try:
            __observe__('r5#19', g7())
        except Exception as e:
            __observe__('r5#20', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('r5#21', locals())
try:
    __observe__('m#22', r5(1))
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
def f24():
    global v
    try:
        try:
            y = f1(z - z)
        except Exception as e:
            __observe__('f24#25', (type(e).__name__, str(e)))
        x = v
        try:
            exec('y = z\na = y + 50\n', globals(), locals())
        except Exception as e:
            __observe__('f24#27', (type(e).__name__, str(e)))
        try:
            exec('exec(compile(\'__observe__(\\\'f24.x28.x29#30\\\', dir())\\n\', \'<gen>\', \'exec\'))\nexec(\'if 0:\\n    a = 121\\nif False:\\n    b = 152\\nc = b\\n\')\n', globals(), locals())
        except Exception as e:
            __observe__('f24#32', (type(e).__name__, str(e)))
        return 31
    finally:
        __observe__('f24#33', locals())
try:
    __observe__('m#34', f24())
except Exception as e:
    __observe__('m#35', (type(e).__name__, str(e)))
try:
    __observe__('m#36', f24())
except Exception as e:
    __observe__('m#37', (type(e).__name__, str(e)))
d = locals()
def f38():
    try:
        def g39(a, z):
            try:
                try:
                    exec(compile('__observe__(\'f38.g39.x40#41\', dir())\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f38.g39#42', (type(e).__name__, str(e)))
                try:
                    __observe__('f38.g39#43', [locals() for i in range(2)])
                except Exception as e:
                    __observe__('f38.g39#44', (type(e).__name__, str(e)))
                h45 = (lambda w: z)
                return a
            finally:
                __observe__('f38.g39#46', locals())
        try:
            __observe__('f38#47', g39(v, v))
        except Exception as e:
            __observe__('f38#48', (type(e).__name__, str(e)))
        y = z
        y -= x
        return 24
    finally:
        __observe__('f38#49', locals())
try:
    __observe__('m#50', f38())
except Exception as e:
    __observe__('m#51', (type(e).__name__, str(e)))
if x > 36:
    try:
        exec('__observe__(\'m.x52#53\', locals())\nfor z in range(3):\n    __observe__(\'m.x52#54\', {x - 47 for i in range(3)})\n    z -= z\n    __observe__(\'m.x52#55\', list((j for j in range(3))))\n', globals())
    except Exception as e:
        __observe__('m#56', (type(e).__name__, str(e)))
    try:
        v = f24()
    except Exception as e:
        __observe__('m#57', (type(e).__name__, str(e)))
    __observe__('m#58', sys._getframe().f_locals)
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
