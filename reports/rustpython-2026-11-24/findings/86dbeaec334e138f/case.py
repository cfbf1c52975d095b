import sys
b = 63 * 49
a = b
a = 47
def f1(v, w, y=b):
    try:
        try:
            exec('exec(\'y = w\\n\')\n', globals(), locals())
        except Exception as e:
            __observe__('f1#4', (type(e).__name__, str(e)))
        z = y
        try:
            exec('exec(\'try:\\n    __observe__(\\\'f1.x5.x6#7\\\', vars())\\nexcept Exception as e:\\n    __observe__(\\\'f1.x5.x6#8\\\', (type(e).__name__, str(e)))\\n__observe__(\\\'f1.x5.x6#9\\\', {y - j for j in range(2)})\\ny = y\\n\')\n__observe__(\'f1.x5#10\', dir())\ndel z\n', globals(), locals())
        except Exception as e:
            __observe__('f1#11', (type(e).__name__, str(e)))
        y = 53 - 71
        v += 40
        return 69
    finally:
        __observe__('f1#12', locals())
try:
    __observe__('m#13', f1(61, a, b))
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
b -= 33 - 6
a += a - 23
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
