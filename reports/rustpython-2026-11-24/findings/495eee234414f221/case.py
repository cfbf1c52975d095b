import sys
a = 68
y = 34
a = a
def f1(x=12 - 57, w=y - a, y=87):
    try:
        try:
            exec('__observe__(\'f1.x2#3\', {y + i for i in range(3)})\n__observe__(\'f1.x2#4\', {13 for i in range(1)})\nfor v in range(3):\n    exec(\'if 0:\\n    z = 153\\n\')\n    del a\n    __observe__(\'f1.x2#6\', locals())\n', globals=globals(), locals=locals())
        except Exception as e:
            __observe__('f1#7', (type(e).__name__, str(e)))
        w += x
        return 45 * 64
    finally:
        __observe__('f1#8', locals())
try:
    __observe__('m#9', f1(y))
except Exception as e:
    __observe__('m#10', (type(e).__name__, str(e)))
try:
    exec('try:\n    c = y\n    w = c + c\nexcept Exception as e:\n    __observe__(\'m.x11#12\', (type(e).__name__, str(e)))\n__observe__(\'m.x11#13\', dir())\n', globals(), locals())
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
def f15(v, b, c):
    try:
        __observe__('f15#16', locals())
        c += v * 28
        return 44
    finally:
        __observe__('f15#17', locals())
try:
    __observe__('m#18', f15(43, 69, 94))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
def f20():
    try:
        w = 44
        h21 = (lambda w=w: w)
        if 11 > 36:
            w += y
        return w
    finally:
        __observe__('f20#22', locals())
try:
    __observe__('m#23', f20())
except Exception as e:
    __observe__('m#24', (type(e).__name__, str(e)))
a = y
d = locals()
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
