def b():
    a = 0
    def d():
        __observe__('f1.r2#4', dir())
        __observe__('f1.r2#6', vars())
        def f(n):
            nonlocal a
            try:
                if n:
                    __observe__('f1.r2.r7#8', f(n - 1))
                try:
                    __observe__('f1.r2.r7#9', h5())
                except Exception as e:
                    pass
                __observe__('f1.r2.r7#11', locals())
                del a
            finally:
                __observe__('f1.r2.r7#12', locals())
        try:
            __observe__('f1.r2#13', f(3))
        except Exception as e:
            __observe__('f1.r2#14', (type(e).__name__, str(e)))
        __observe__('f1.r2#15', locals())
    __observe__('f1#16', d())
    __observe__('f1#18', dir())
    __observe__('f1#19', locals())
__observe__('m#20', b())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
