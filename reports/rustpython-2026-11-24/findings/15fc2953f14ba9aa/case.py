import sys
y = 40
def f1(x):
    try:
        x -= 43
        class C2:
            try:
                ns3 = {'b': y, 'v': 28 * 28}
                exec('del locals()[\'x\']\nexec(\'del v\\na = 51\\nw = a\\n\')\n__observe__(\'f1.C2.x4#6\', locals())\n', ns3)
                ns3.pop('__builtins__', None)
                __observe__('f1.C2#7', ns3)
            except Exception as e:
                __observe__('f1.C2#8', (type(e).__name__, str(e)))
            __observe__('f1.C2#9', locals())
        d = locals()
        w = y
        return 43 + 51
    finally:
        __observe__('f1#10', locals())
try:
    __observe__('m#11', f1(53))
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
