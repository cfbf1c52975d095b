import sys
b = 0 * 99
a = b
def f1(w):
    try:
        try:
            exec(compile('w = a\nprint(81)\nexec(\'__observe__(\\\'f1.x2.x3#4\\\', locals())\\n\')\n', '<gen>', 'exec'), globals(), locals())
        except Exception as e:
            __observe__('f1#5', (type(e).__name__, str(e)))
        print(5)
        return 70 - 18
    finally:
        __observe__('f1#6', locals())
try:
    __observe__('m#7', f1(b * 81))
except Exception as e:
    __observe__('m#8', (type(e).__name__, str(e)))
def f9():
    try:
        print(a)
        return b
    finally:
        __observe__('f9#10', locals())
try:
    __observe__('m#11', f9())
except Exception as e:
    __observe__('m#12', (type(e).__name__, str(e)))
z = a
def f13(w):
    try:
        def g14(y, b=4, v=z, *, z=62):
            try:
                def r15(n):
                    global b
                    nonlocal v
                    try:
                        if n > 0:
                            __observe__('f13.g14.r15#16', r15(n - 1))
                        try:
                            n = f9()
                        except Exception as e:
                            __observe__('f13.g14.r15#17', (type(e).__name__, str(e)))
                        del v
                        print(z)
                        try:
                            pass
                        except Exception as e:
                            __observe__('f13.g14.r15#18', (type(e).__name__, str(e)))
                        return 9
                    finally:
                        __observe__('f13.g14.r15#19', locals())
                try:
                    __observe__('f13.g14#20', r15(3))
                except Exception as e:
                    __observe__('f13.g14#21', (type(e).__name__, str(e)))
                __observe__('f13.g14#22', locals())
                return 15
            finally:
                __observe__('f13.g14#23', locals())
        try:
            __observe__('f13#24', g14(38, a))
        except Exception as e:
            __observe__('f13#25', (type(e).__name__, str(e)))
        return w
    finally:
        __observe__('f13#26', locals())
try:
    __observe__('m#27', f13(22))
except Exception as e:
    __observe__('m#28', (type(e).__name__, str(e)))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
