c = 0
def d():
    def f():
        __observe__('f1.g2#3', dir())
        class g:
            __observe__('f1.g2.C17#18', globals().get('c'))
            __observe__('f1.g2.C17#19', [j for j in range(1)])
            __observe__('f1.g2.C17#21', locals())
        print()
        __observe__('f1.g2#22', locals())
    __observe__('f1#23', f())
    __observe__('f1#25', locals())
def h(x=0):
    def i(n):
        nonlocal x
        if n:
            __observe__('f46.r53#54', i(n - 1))
        del x
        a = d()
        __observe__('f46.r53#56', locals())
    try:
        __observe__('f46#57', i(1))
    except Exception as e:
        __observe__('f46#58', (type(e).__name__, str(e)))
    __observe__('f46#59', locals())
__observe__('m#60', h(c))
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
