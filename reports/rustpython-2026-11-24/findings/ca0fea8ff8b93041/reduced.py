a = 0
v = a
def c(b):
    def d(n):
        nonlocal b
        try:
            if n:
                __observe__('f1.r2#3', d(n - 1))
            del b
            __observe__('f1.r2#18', vars())
        finally:
            __observe__('f1.r2#19', locals())
    try:
        __observe__('f1#20', d(5))
    except Exception as e:
        __observe__('f1#21', (type(e).__name__, str(e)))
    __observe__('f1.r22#24', locals())
    __observe__('f1#27', locals())
__observe__('m#28', c(v))
y -= v
