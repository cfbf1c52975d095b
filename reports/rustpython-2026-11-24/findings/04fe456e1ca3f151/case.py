import sys
w = 6 + 7 + 41
c = w
y = w
def f1(z, v, c=c):
    try:
        def g2(v, c=z + 94):
            nonlocal z
            try:
                for a in range(1):
                    del z
                    y = c
                    h3 = (lambda x=20 * a, w=1 - 57: 17)
                def g4(v):
                    nonlocal c
                    try:
                        try:
                            __observe__('f1.g2.g4#5', dir())
                        except Exception as e:
                            __observe__('f1.g2.g4#6', (type(e).__name__, str(e)))
                        try:
                            ns7 = {'c': c - v}
                            exec('c = c\nc += 14\n__observe__(\'f1.g2.g4.x8#9\', vars())\n', ns7)
                            ns7.pop('__builtins__', None)
                            __observe__('f1.g2.g4#10', ns7)
                        except Exception as e:
                            __observe__('f1.g2.g4#11', (type(e).__name__, str(e)))
                        c += 2 * 85
                        del c
                        try:
                            __observe__('f1.g2.g4#12', h3(49))
                        except Exception as e:
                            __observe__('f1.g2.g4#13', (type(e).__name__, str(e)))
                        return 89
                    finally:
                        __observe__('f1.g2.g4#14', locals())
                try:
                    __observe__('f1.g2#15', g4(a + w))
                except Exception as e:
                    __observe__('f1.g2#16', (type(e).__name__, str(e)))
                del v
                return a
            finally:
                __observe__('f1.g2#17', locals())
        try:
            __observe__('f1#18', g2(51))
        except Exception as e:
            __observe__('f1#19', (type(e).__name__, str(e)))
        fl = sys._getframe().f_locals
        return v
    finally:
        __observe__('f1#20', locals())
try:
    __observe__('m#21', f1(c - 24, 45, 35))
except Exception as e:
    __observe__('m#22', (type(e).__name__, str(e)))
try:
    del locals()['v']
except Exception as e:
    __observe__('m#23', (type(e).__name__, str(e)))
y = 23
def f24(w=46 + w):
    try:
        w = w + 66
        __observe__('f24#25', sys._getframe().f_locals)
        return 89
    finally:
        __observe__('f24#26', locals())
try:
    __observe__('m#27', f24())
except Exception as e:
    __observe__('m#28', (type(e).__name__, str(e)))
y = 47
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
