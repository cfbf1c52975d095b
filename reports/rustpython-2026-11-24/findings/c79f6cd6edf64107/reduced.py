v = 0
def a(x=v):
    def c(n):
        nonlocal x
        try:
            if n:
                __observe__('f1.r3#4', c(n - 1))
            del x
        finally:
            __observe__('f1.r3#5', locals())
    try:
        __observe__('f1#6', c(5))
    except Exception as e:
        __observe__('f1#7', (type(e).__name__, str(e)))
    __observe__('f1#8', (type(e).__name__, str(e)))
try:
    __observe__('m#10', a())
except Exception as e:
    pass
