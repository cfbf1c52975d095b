def f1():
    a = {}
    exec('__observe__(\'f1.g2.x4.x7#8\', locals())\n', a)
    __observe__('f1.g2#11', locals())
    __observe__('f1#14', locals())
__observe__('m#15', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
