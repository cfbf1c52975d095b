def f1():
    def r2():
        exec('__observe__(\'f1.r2.g9.x13#15\', locals())')
        __observe__('f1.r2.g9#20', locals())
        a = {}
        exec('__observe__(\'f1.r2.g23.x25.x28#29\', locals())', a)
        __observe__('f1.r2.g23#32', a)
        __observe__('f1.r2.g23#33', locals())
        __observe__('f1.r2.g23#35', locals())
        __observe__('f1.r2.g23#36', locals())
        __observe__('f1.r2#39', locals())
    __observe__('f1#40', r2())
    __observe__('f1#42', locals())
__observe__('m#43', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
