import sys
c = 47
c = 2
def f1(y):
    try:
        try:
            exec '__observe__(\'f1.x2#3\', locals())\nb = c\n'
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        try:
            exec '__observe__(\'f1.x5#7\', eval(\'b\', {\'b\': c, \'x\': 54, \'z\': y + b, \'v\': b, \'w\': y}))\nexec \'w = 5\\n\'\n'
        except Exception as e:
            __observe__('f1#9', (type(e).__name__, str(e)))
        try:
            exec compile('__observe__(\'f1.x10#11\', {b for i in range(2)})\nexec \'z = 41\\n\'\n', '<gen>', 'exec')
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        try:
            exec '__observe__(\'f1.x14#15\', {j: j for j in range(3)})\n'
        except Exception as e:
            __observe__('f1#16', (type(e).__name__, str(e)))
        return 31
    finally:
        __observe__('f1#17', locals())
try:
    __observe__('m#18', f1(c - 97))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
try:
    a = eval('c', {'b': c, 'c': 26, 'z': 53 - 59})
except Exception as e:
    __observe__('m#21', (type(e).__name__, str(e)))
try:
    a = f1(a)
except Exception as e:
    __observe__('m#22', (type(e).__name__, str(e)))
def f23(v, c):
    try:
        h24 = (lambda: c + v)
        try:
            __observe__('f23#25', h24())
        except Exception as e:
            __observe__('f23#26', (type(e).__name__, str(e)))
        try:
            exec 'print a\n' in globals()
        except Exception as e:
            __observe__('f23#28', (type(e).__name__, str(e)))
        return v
    finally:
        __observe__('f23#29', locals())
try:
    __observe__('m#30', f23(c, c * 42))
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
try:
    z = eval('a')
except Exception as e:
    __observe__('m#33', (type(e).__name__, str(e)))
sys._getframe().f_locals['z'] = c
def f34():
    global z
    try:
        try:
            exec 'z = 26\n'
        except Exception as e:
            __observe__('f34#36', (type(e).__name__, str(e)))
        try:
            exec '__observe__(\'f34.x37#38\', locals())\n'
        except Exception as e:
            __observe__('f34#39', (type(e).__name__, str(e)))
        try:
            ns40 = {'a': c, 'z': a}
            exec '__observe__(\'f34.x41#42\', locals())\nx = z\n' in ns40
            ns40.pop('__builtins__', None)
            __observe__('f34#43', ns40)
        except Exception as e:
            __observe__('f34#44', (type(e).__name__, str(e)))
        try:
            exec '__observe__(\'f34.x45#46\', list((i for i in range(3))))\n'
        except Exception as e:
            __observe__('f34#47', (type(e).__name__, str(e)))
        x = 99
        try:
            exec compile('if 36 * 88 > 44:\n    ns49 = {\'v\': 31}\n    exec (\'__observe__(\\\'f34.x48.x50#51\\\', {i: locals() for i in range(2)})\\n\', ns49)\n    ns49.pop(\'__builtins__\', None)\n    __observe__(\'f34.x48#52\', ns49)\n__observe__(\'f34.x48#53\', globals().get(\'x\'))\nglobals()[\'w\'] = 24 - 45\n', '<gen>', 'exec')
        except Exception as e:
            __observe__('f34#54', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f34#55', locals())
try:
    __observe__('m#56', f34())
except Exception as e:
    __observe__('m#57', (type(e).__name__, str(e)))
def f58():
    try:
        try:
            __observe__('f58#59', f34())
        except Exception as e:
            __observe__('f58#60', (type(e).__name__, str(e)))
        for x in range(2):
            __observe__('f58#61', globals().get('y'))
            d = locals()
            x -= x - x
        return 98
    finally:
        __observe__('f58#62', locals())
try:
    __observe__('m#63', f58())
except Exception as e:
    __observe__('m#64', (type(e).__name__, str(e)))
c += 78
try:
    exec 'del locals()[\'b\']\nif 0:\n    c = 109\nexec \'x = c\\nb = z\\n\'\n'
except Exception as e:
    __observe__('m#67', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
