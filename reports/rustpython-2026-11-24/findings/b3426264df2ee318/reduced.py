def r5():
    def g7():
        b = {}
        exec('__observe__(\'r5.g7.x14#15\', locals())', b)
        __observe__('r5.g7#16', b)
        __observe__('r5.g7#18', locals())
    __observe__('r5#19', g7())
    __observe__('r5#21', locals())
__observe__('m#22', r5())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
