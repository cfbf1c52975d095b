b = 0
__observe__('f1.x8#9', {j: 45 for j in range(1)})
def a(b=b):
    def c(n):
        nonlocal b
        if n:
            __observe__('f16.r17#18', c(n - 1))
        del b
        print()
        __observe__('f16.r17#21', locals())
        __observe__('f16.r17#22', locals())
    try:
        __observe__('f16#23', c(3))
    except Exception as e:
        __observe__('f16#24', (type(e).__name__, str(e)))
    __observe__('f16#25', locals())
__observe__('m#26', a())
__observe__('m#28', vars())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
