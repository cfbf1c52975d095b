def r21():
    a = {}
    exec('__observe__(\'r21.x24#25\', locals())', a)
    __observe__('r21#27', a)
    exec('__observe__(\'r21.x29.x30#31\', locals())\n__observe__(\'r21.x29.x30#32\', locals())\n')
    __observe__('r21#34', locals())
__observe__('m#35', r21())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
