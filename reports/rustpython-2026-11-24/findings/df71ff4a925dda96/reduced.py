def f1():
    __observe__('f1.g2.g12#13', locals())
    class a:
        c = {}
        exec('', c)
        __observe__('f1.g2.g12.C15#23', locals())
    __observe__('f1.g2.g12#25', locals())
    __observe__('f1.g2#29', locals())
    d = 0
    exec('__observe__(\'f1.x33.x34#35\', locals())\n__observe__(\'f1.x33.x34#36\', vars())')
    __observe__('f1#37', d)
    __observe__('f1#39', locals())
__observe__('m#40', f1())
__observe__('m#42', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
