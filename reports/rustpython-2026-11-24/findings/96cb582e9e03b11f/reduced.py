def f1():
    def g2():
        b = {}
        exec('__observe__(\'f1.g2.g6.x10.x11#12\', vars())\n__observe__(\'f1.g2.g6.x10.x11#13\', dir())', b)
        __observe__('f1.g2.g6#17', locals())
        exec('__observe__(\'f1.g2.x20#21\', vars())\n')
        __observe__('f1.g2#23', locals())
    __observe__('f1#24', g2())
    __observe__('f1#29', locals())
__observe__('m#30', f1())
__observe__('m#32', dir())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
