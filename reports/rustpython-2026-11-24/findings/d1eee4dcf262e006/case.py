import sys
v = 63
x = 42 - 11
def f1():
    global v
    try:
        del v
        class C2:
            try:
                __observe__('f1.C2#3', {34 - i for i in range(3)})
            except Exception as e:
                __observe__('f1.C2#4', (type(e).__name__, str(e)))
            print(6 * 43)
            __observe__('f1.C2#5', locals())
        return x - x
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1())
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
try:
    c10 = compile('68 * (11 + x)', '<gen>', 'eval')
    __observe__('m#11', eval(c10))
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
__observe__('m#13', dir())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
