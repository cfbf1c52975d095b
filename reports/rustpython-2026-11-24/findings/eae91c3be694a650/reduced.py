v = 0
def a(z):
    def b(n):
        nonlocal z
        if n:
            __observe__('f1.r2#3', b(n - 1))
        print()
        del z
        __observe__('f1.r2#5', locals())
        __observe__('f1.r2#6', locals())
    try:
        __observe__('f1#7', b(3))
    except Exception as e:
        __observe__('f1#8', (type(e).__name__, str(e)))
    __observe__('f1#9', locals())
__observe__('m#10', a(v))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
