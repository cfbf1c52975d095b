import sys
x = 37
a = 66
v = 22
def f1(y, w=63):
    try:
        try:
            del locals()['w']
        except Exception as e:
            __observe__('f1#2', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1(62, x))
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
try:
    __observe__('m#6', {i: locals() for i in range(2)})
except Exception as e:
    __observe__('m#7', (type(e).__name__, str(e)))
print(a)
def f8(w=54 - a, v=a):
    try:
        try:
            y = eval('a')
        except Exception as e:
            __observe__('f8#10', (type(e).__name__, str(e)))
        try:
            exec(compile('try:\n    c = 36\n    for a in range(3):\n        if False:\n            x = 141\n        exec(\'del c\\nb = 31\\n\')\nexcept Exception as e:\n    __observe__(\'f8.x11#13\', (type(e).__name__, str(e)))\nif False:\n    z = 120\n__observe__(\'f8.x11#14\', locals())\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f8#15', (type(e).__name__, str(e)))
        try:
            exec('__observe__(\'f8.x16#17\', locals())\n', globals(), locals())
        except Exception as e:
            __observe__('f8#18', (type(e).__name__, str(e)))
        try:
            exec(compile('ns20 = {\'z\': 35, \'v\': v + 60}\nexec(\'if 0:\\n    x = 139\\n\', {}, ns20)\nns20.pop(\'__builtins__\', None)\n__observe__(\'f8.x19#22\', ns20)\nv = eval(compile(\'w - a\', \'<gen>\', \'eval\'))\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f8#24', (type(e).__name__, str(e)))
        return x
    finally:
        __observe__('f8#25', locals())
try:
    __observe__('m#26', f8(58, 19))
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
try:
    exec(compile('__observe__(\'m.x28#29\', dir())\nglobals()[\'c\'] = 93\nexec(\'b = x\\n\')\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
try:
    ns32 = {'v': 20}
    exec('__observe__(\'m.x33#34\', dir())\n', {}, ns32)
    ns32.pop('__builtins__', None)
    __observe__('m#35', ns32)
except Exception as e:
    __observe__('m#36', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
