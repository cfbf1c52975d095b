v = 0
def a(b=0, w=v):
    def c():
        nonlocal w
        del w
        def d():
            print()
            __observe__('f1.g2.g3#4', locals())
        __observe__('f1.g2#5', d())
        __observe__('f1.g2#7', locals())
    __observe__('f1#8', c())
    try:
        __observe__('f1#10', c())
    except Exception as e:
        __observe__('f1#11', (type(e).__name__, str(e)))
    f = compile('b\n', '', 'single')
    exec(f)
    __observe__('f1#15', locals())
__observe__('m#16', a(78, v))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
