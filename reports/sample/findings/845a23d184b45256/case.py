import sys
w = 44
w = 35
w = w
def f1(a):
    try:
        h2 = (lambda z=w, w=3 * 75: 42 + 14 * 22)
        return a * a
    finally:
        __observe__('f1#3', locals())
try:
    __observe__('m#4', f1(w))
except Exception as e:
    __observe__('m#5', (type(e).__name__, str(e)))
try:
    c7 = compile('w\n', '<gen>', 'single')
    exec(c7)
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def f9():
    try:
        try:
            exec('v = w\nz = v\n', globals())
        except Exception as e:
            __observe__('f9#11', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f9#12', locals())
try:
    __observe__('m#13', f9())
except Exception as e:
    __observe__('m#14', (type(e).__name__, str(e)))
if 0:
    a = 118
h15 = (lambda: w - w)
def f16(v, x=w, y=53):
    try:
        fl = sys._getframe().f_locals
        x -= v
        __observe__('f16#17', globals().get('v'))
        h18 = (lambda: 33)
        __observe__('f16#19', locals())
        return v
    finally:
        __observe__('f16#20', locals())
try:
    __observe__('m#21', f16(w, w))
except Exception as e:
    __observe__('m#22', (type(e).__name__, str(e)))
try:
    __observe__('m#24', eval('18 * w * w', globals(), locals()))
except Exception as e:
    __observe__('m#25', (type(e).__name__, str(e)))
try:
    exec(compile('x = eval(\'x\', {\'x\': w})\nprint(x)\n', '<gen>', 'exec'))
except Exception as e:
    __observe__('m#28', (type(e).__name__, str(e)))
def f29(b, v):
    global w
    try:
        c = b
        try:
            __observe__('f29#30', [locals() for j in range(2)])
        except Exception as e:
            __observe__('f29#31', (type(e).__name__, str(e)))
        b += c
        __observe__('f29#32', dir())
        v -= 18 + c
        return v
    finally:
        __observe__('f29#33', locals())
try:
    __observe__('m#34', f29(22, w))
except Exception as e:
    __observe__('m#35', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
