def f1():
    a = {}
    exec('__observe__(\'f1.x3#4\', vars())', a)
    __observe__('f1#7', locals())
__observe__('m#8', f1())
__observe__('m#globals', list(((k, v) for k, v in sorted(globals().items()) if k[:2] != '__' if type(v).__name__ in ('int', 'long', 'str', 'bool', 'NoneType', 'list', 'tuple'))))
