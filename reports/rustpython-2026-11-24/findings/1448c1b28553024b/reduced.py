def f9():
    def r11():
        exec('__observe__(\'f9.r11.x13#17\', locals())')
        b = {}
        exec('__observe__(\'f9.r11.r19.x22.x23#24\', locals())\n__observe__(\'f9.r11.r19.x22.x23#25\', vars())', b)
        __observe__('f9.r11.r19#27', b)
        __observe__('f9.r11.r19#29', locals())
        __observe__('f9.r11#32', locals())
    __observe__('f9#33', r11())
    __observe__('f9#35', locals())
__observe__('m#36', f9())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
