def f1():
    def r2():
        exec('__observe__(\'f1.r2.x4#5\', list((34 for i in range(3))))\n__observe__(\'f1.r2.x4#6\', locals())')
        b = {}
        exec('a = 0\n__observe__(\'f1.r2.x10.x12#13\', dir())\n__observe__(\'f1.r2.x10.x12#14\', locals())\n__observe__(\'f1.r2.x10#15\', a)', b)
        __observe__('f1.r2#16', b)
        __observe__('f1.r2#18', locals())
    __observe__('f1#19', r2())
    __observe__('f1#21', locals())
__observe__('m#22', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
