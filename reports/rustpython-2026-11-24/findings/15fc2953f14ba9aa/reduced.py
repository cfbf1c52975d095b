def a():
    class b:
        c = {}
        exec('', c)
        __observe__('f1.C2#9', locals())
    __observe__('f1#10', locals())
__observe__('m#11', a())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
