w = 0
def a(z=0):
    def b():
        d = 0
        def r22():
            nonlocal z
            try:
                __observe__('r6.g8.r22#23', r22())
                __observe__('r6.g8.r22#32', (type(e).__name__, str(e)))
                del z
            finally:
                __observe__('r6.g8.r22#33', locals())
        try:
            __observe__('r6.g8#34', r22())
        except Exception as e:
            __observe__('r6.g8#35', (type(e).__name__, str(e)))
    __observe__('r6#38', b())
__observe__('m#45', a())
def f52():
    __observe__('f52#53', dir())
    w = 0
    class C55:
        __observe__('f52.g54.C55#57', locals())
    ns58 = 0
    exec('__observe__(\'f52.g54.x59#60\', locals())\n')
    __observe__('f52.g54#61', ns58)
    __observe__('f52.g54#63', locals())
    __observe__('f52#66', locals())
def f69():
    0
    c = 0
    compile('__observe__(\'f69.g76.x78#80\', locals())', '', 'exec')
    __observe__('f69.g76#86', dir())
    __observe__('f69.g76#90', locals())
    __observe__('f69#93', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
