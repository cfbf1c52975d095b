import sys
w = 19
x = 50 * w + w
def f1(z, x=94 + x, w=x):
    try:
        def g2(w=28, v=z - w):
            try:
                __observe__('f1.g2#3', dir())
                if 0:
                    a = 141
                try:
                    exec(compile('__observe__(\'f1.g2.x4#5\', locals())\nns6 = {}\nexec(\'__observe__(\\\'f1.g2.x4.x7#8\\\', locals())\\n\', ns6)\nns6.pop(\'__builtins__\', None)\n__observe__(\'f1.g2.x4#9\', ns6)\n', '<gen>', 'exec'), globals(), locals())
                except Exception as e:
                    __observe__('f1.g2#10', (type(e).__name__, str(e)))
                d = locals()
                return v
            finally:
                __observe__('f1.g2#11', locals())
        try:
            __observe__('f1#12', g2())
        except Exception as e:
            __observe__('f1#13', (type(e).__name__, str(e)))
        return 1
    finally:
        __observe__('f1#14', locals())
try:
    __observe__('m#15', f1(w))
except Exception as e:
    __observe__('m#16', (type(e).__name__, str(e)))
try:
    c18 = compile('w', '<gen>', 'eval')
    __observe__('m#19', eval(c18))
except Exception as e:
    __observe__('m#20', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
