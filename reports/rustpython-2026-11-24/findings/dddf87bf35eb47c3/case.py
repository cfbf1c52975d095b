import sys
a = 44 - 34
a = a + 0
def f1(v):
    try:
        def g2(a=46):
            nonlocal v
            try:
                v -= 10
                v -= 76
                d = locals()
                class C3:
                    try:
                        ns4 = {}
                        exec('x = 59 - 51\nif 32 > 12:\n    __observe__(\'f1.g2.C3.x5#7\', eval(\'x\', globals(), locals()))\n    for c in range(1):\n        x -= 38\n        c -= c\n        del locals()[\'b\']\n    try:\n        x += 65 - c\n    except Exception as e:\n        __observe__(\'f1.g2.C3.x5#8\', (type(e).__name__, str(e)))\nelse:\n    x += c * c\n    try:\n        __observe__(\'f1.g2.C3.x5#9\', {i: 34 for i in range(1)})\n        w = x\n    except Exception as e:\n        __observe__(\'f1.g2.C3.x5#10\', (type(e).__name__, str(e)))\n    c += w\nx += 30 - c\n', ns4)
                        ns4.pop('__builtins__', None)
                        __observe__('f1.g2.C3#11', ns4)
                    except Exception as e:
                        __observe__('f1.g2.C3#12', (type(e).__name__, str(e)))
                    if a > 15:
                        pass
                    try:
                        del locals()['w']
                    except Exception as e:
                        __observe__('f1.g2.C3#13', (type(e).__name__, str(e)))
                    __observe__('f1.g2.C3#14', locals())
                try:
                    ns15 = {'b': 15, 'v': v}
                    exec('__observe__(\'f1.g2.x16#17\', globals().get(\'v\'))\n__observe__(\'f1.g2.x16#18\', vars())\nv = 41\n', {}, ns15)
                    ns15.pop('__builtins__', None)
                    __observe__('f1.g2#19', ns15)
                except Exception as e:
                    __observe__('f1.g2#20', (type(e).__name__, str(e)))
                a += a
                return v
            finally:
                __observe__('f1.g2#21', locals())
        try:
            __observe__('f1#22', g2(a))
        except Exception as e:
            __observe__('f1#23', (type(e).__name__, str(e)))
        def g24(x, c=25, a=a):
            try:
                w = x * v
                try:
                    exec('z = eval(\'w\', globals(), locals())\n', globals(), locals())
                except Exception as e:
                    __observe__('f1.g24#27', (type(e).__name__, str(e)))
                del w
                x += x
                return 0 * 87
            finally:
                __observe__('f1.g24#28', locals())
        try:
            __observe__('f1#29', g24(a, 79))
        except Exception as e:
            __observe__('f1#30', (type(e).__name__, str(e)))
        v += 36 + a
        return v
    finally:
        __observe__('f1#31', locals())
try:
    __observe__('m#32', f1(58))
except Exception as e:
    __observe__('m#33', (type(e).__name__, str(e)))
if False:
    a = 154
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
