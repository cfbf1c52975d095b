def f1():
    def g2():
        class b:
            c = {}
            exec('', c)
            __observe__('f1.g2.C3#14', locals())
        f = 0
        exec('__observe__(\'f1.g2.x16#18\', vars())')
        __observe__('f1.g2#19', f)
        __observe__('f1.g2#21', locals())
    __observe__('f1#22', g2())
    __observe__('f1.g24#28', locals())
    __observe__('f1#31', locals())
__observe__('m#32', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
