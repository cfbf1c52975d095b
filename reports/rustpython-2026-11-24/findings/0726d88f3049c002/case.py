import sys
b = 44
def f1():
    try:
        try:
            exec(compile('w = b\nw -= b\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f1#3', (type(e).__name__, str(e)))
        try:
            exec('__observe__(\'f1.x4#5\', locals())\nif 0:\n    z = 114\n__observe__(\'f1.x4#6\', list((76 for i in range(2))))\n', globals(), locals())
        except Exception as e:
            __observe__('f1#7', (type(e).__name__, str(e)))
        try:
            d = locals()
            exec(compile('__observe__(\'f1.x8#9\', {j: 45 for j in range(1)})\ndel locals()[\'x\']\nexec(\'__observe__(\\\'f1.x8.x10#11\\\', dir())\\nif w > 45:\\n    del locals()[\\\'w\\\']\\n    v = 36\\n    a = 51\\n\')\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f1#12', (type(e).__name__, str(e)))
        return b
    finally:
        __observe__('f1#13', locals())
try:
    __observe__('m#14', f1())
except Exception as e:
    __observe__('m#15', (type(e).__name__, str(e)))
def f16(b=b, w=52):
    try:
        def r17(n, y=21):
            nonlocal b
            try:
                if n > 0:
                    __observe__('f16.r17#18', r17(n - 1, y))
                del b
                print(w + w + y)
                try:
                    exec('if False:\n    x = 191\n', globals=globals(), locals=locals())
                except Exception as e:
                    __observe__('f16.r17#20', (type(e).__name__, str(e)))
                __observe__('f16.r17#21', locals())
                return 57
            finally:
                __observe__('f16.r17#22', locals())
        try:
            __observe__('f16#23', r17(3, w))
        except Exception as e:
            __observe__('f16#24', (type(e).__name__, str(e)))
        if 0:
            w = 102
        return w - 51
    finally:
        __observe__('f16#25', locals())
try:
    __observe__('m#26', f16())
except Exception as e:
    __observe__('m#27', (type(e).__name__, str(e)))
__observe__('m#28', vars())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
