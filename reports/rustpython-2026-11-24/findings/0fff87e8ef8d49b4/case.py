import sys
y = 48
w = 46 - y
x = y
def f1(z, b=w, *, x=w):
    try:
        v = y
        def g2():
            try:
                try:
                    ns3 = {'b': v, 'z': v}
                    exec('exec(\'print(b)\\n\')\n__observe__(\'f1.g2.x4#6\', vars())\n', ns3)
                    ns3.pop('__builtins__', None)
                    __observe__('f1.g2#7', ns3)
                except Exception as e:
                    __observe__('f1.g2#8', (type(e).__name__, str(e)))
                try:
                    __observe__('f1.g2#10', eval('a', {'a': w, 'x': x, 'y': 64, 'z': z, 'w': 71}))
                except Exception as e:
                    __observe__('f1.g2#11', (type(e).__name__, str(e)))
                return 97
            finally:
                __observe__('f1.g2#12', locals())
        try:
            __observe__('f1#13', g2())
        except Exception as e:
            __observe__('f1#14', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f1#15', locals())
try:
    __observe__('m#16', f1(28, w))
except Exception as e:
    __observe__('m#17', (type(e).__name__, str(e)))
try:
    __observe__('m#18', list((x for i in range(1))))
except Exception as e:
    __observe__('m#19', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
