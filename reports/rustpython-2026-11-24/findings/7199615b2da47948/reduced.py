def f1():
    def r2():
        d = compile('__observe__(\'f1.r2.x7#8\', locals())', '', 'exec')
        def g11():
            e = {}
            exec('__observe__(\'f1.r2.g11.x13#14\', locals())', e)
            __observe__('f1.r2.g11#15', e)
            __observe__('f1.r2.g11#18', locals())
        __observe__('f1.r2#19', g11())
        __observe__('f1.r2#21', locals())
    __observe__('f1#22', r2())
    __observe__('f1#24', locals())
__observe__('m#25', f1())
__observe__('m#27', locals())
def f():
    __observe__('f28#33', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
