def r9():
    exec('__observe__(\'r9.x13.x14#15\', locals())\n')
    a = {}
    exec('__observe__(\'r9.x18.x19#22\', locals())', a)
    __observe__('r9#23', a)
    __observe__('r9#25', locals())
__observe__('m#26', r9())
def b():
    __observe__('f28#29', locals())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
