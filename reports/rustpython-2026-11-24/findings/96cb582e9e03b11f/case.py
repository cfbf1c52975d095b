import sys
y = 89
y = y
def f1():
    global y
    try:
        d = locals()
        y -= y
        y += 77
        y -= y - y
        def g2(c=y, a=44):
            global y
            try:
                if c + 64 > 47:
                    pass
                else:
                    for x in range(2):
                        pass
                    if c > 17:
                        print(44)
                        try:
                            exec('__observe__(\'f1.g2.x3#4\', {a for i in range(2)})\n', globals(), locals())
                        except Exception as e:
                            __observe__('f1.g2#5', (type(e).__name__, str(e)))
                    else:
                        c += a
                def g6():
                    try:
                        __observe__('f1.g2.g6#7', locals())
                        __observe__('f1.g2.g6#8', vars())
                        try:
                            ns9 = {'b': 54, 'x': a, 'z': 47}
                            exec('exec(compile(\'try:\\n    __observe__(\\\'f1.g2.g6.x10.x11#12\\\', vars())\\n    __observe__(\\\'f1.g2.g6.x10.x11#13\\\', dir())\\nexcept Exception as e:\\n    __observe__(\\\'f1.g2.g6.x10.x11#14\\\', (type(e).__name__, str(e)))\\n\', \'<gen>\', \'exec\'))\nif 0:\n    c = 138\n', ns9)
                            ns9.pop('__builtins__', None)
                            __observe__('f1.g2.g6#15', ns9)
                        except Exception as e:
                            __observe__('f1.g2.g6#16', (type(e).__name__, str(e)))
                        return 80
                    finally:
                        __observe__('f1.g2.g6#17', locals())
                try:
                    __observe__('f1.g2#18', g6())
                except Exception as e:
                    __observe__('f1.g2#19', (type(e).__name__, str(e)))
                try:
                    exec('__observe__(\'f1.g2.x20#21\', vars())\n', globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f1.g2#22', (type(e).__name__, str(e)))
                d = locals()
                w = c
                return y
            finally:
                __observe__('f1.g2#23', locals())
        try:
            __observe__('f1#24', g2())
        except Exception as e:
            __observe__('f1#25', (type(e).__name__, str(e)))
        try:
            __observe__('f1#27', eval('3'))
        except Exception as e:
            __observe__('f1#28', (type(e).__name__, str(e)))
        return y
    finally:
        __observe__('f1#29', locals())
try:
    __observe__('m#30', f1())
except Exception as e:
    __observe__('m#31', (type(e).__name__, str(e)))
__observe__('m#32', dir())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
