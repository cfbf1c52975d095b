def f21():
    def g32():
        def r34():
            if 0:
                __observe__('f21.g32.r34#35', r34())
            d = {}
            exec('try:\n    __observe__(\'f21.g32.r34.x39.x40#41\', locals())\nexcept Exception as e:\n    __observe__(\'f21.g32.r34.x39#43\', (type(e).__name__, str(e)))', d)
            __observe__('f21.g32.r34#44', d)
            __observe__('f21.g32.r34#46', dir())
            __observe__('f21.g32.r34#47', locals())
            __observe__('f21.g32.r34#48', locals())
        __observe__('f21.g32#49', r34())
        __observe__('f21.g32#52', locals())
    __observe__('f21#53', g32())
    __observe__('f21#97', locals())
__observe__('m#98', f21())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
