def b():
    try:
        del locals()['a']
    except Exception as e:
        __observe__('f1#2', (type(e).__name__, str(e)))
    c = 0
    def d(n):
        nonlocal c
        if n:
            __observe__('f1.r3#4', d(n - 1))
        del c
        f = compile('0', '', 'single')
        exec(f)
        __observe__('f1.r3#8', locals())
    try:
        __observe__('f1#9', d(5))
    except Exception as e:
        __observe__('f1#10', (type(e).__name__, str(e)))
    __observe__('f1#11', locals())
__observe__('m#12', b())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
