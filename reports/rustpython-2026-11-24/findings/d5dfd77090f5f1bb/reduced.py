v = 0
a = v
def c():
    __observe__('f1#2', locals())
def d(y):
    def f(n):
        nonlocal y
        try:
            if n:
                __observe__('r13.r15#16', f(n - 1))
            del y
            try:
                if n:
                    __observe__('r13.r15.r17#18', r17(n - 1, b, w, v))
            finally:
                __observe__('r13.r15.r17#20', locals())
            try:
                __observe__('r13.r15#21', r17(1, 14, 17, 27))
            except Exception as e:
                pass
            __observe__('r13.r15#23', {j: locals() for j in range(3)})
            __observe__('r13.r15#25', c())
        finally:
            __observe__('r13.r15#27', locals())
    try:
        __observe__('r13#28', f(3))
    except Exception as e:
        __observe__('r13#29', (type(e).__name__, str(e)))
    __observe__('r13.g32#33', locals())
    __observe__('r13.g32#34', locals())
    __observe__('r13.g32#37', locals())
    __observe__('r13#40', locals())
__observe__('m#41', d(a))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
