import sys
a = 16
w = 89
y = a
def f1(b, w, y):
    try:
        class C2:
            x = 78
            try:
                ns3 = {'a': 14}
                exec('__observe__(\'f1.C2.x4#5\', locals())\nb = a + 90\ndel a\n', ns3)
                ns3.pop('__builtins__', None)
                __observe__('f1.C2#6', ns3)
            except Exception as e:
                __observe__('f1.C2#7', (type(e).__name__, str(e)))
            __observe__('f1.C2#8', locals())
        d = locals()
        return b
    finally:
        __observe__('f1#9', locals())
try:
    __observe__('m#10', f1(67, w, 8))
except Exception as e:
    __observe__('m#11', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
